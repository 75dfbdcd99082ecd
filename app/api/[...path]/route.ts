// Unknown API addresses answer in JSON, like every API route, rather than with an HTML page.
function notFound() {
  return Response.json({ error: 'not_found', message: 'There is no API at this address.' }, { status: 404 });
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
