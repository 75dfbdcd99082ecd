// npm run reviewer:add -- --email amal@example.org --name "Amal Haddad" [--role reviewer|reader]
// Creates an account. The password is typed at a prompt (twice, not echoed), or read from standard input:
//   printf '%s\n' "$PASSWORD" | npm run reviewer:add -- --email … --name …
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getAuth } from '../lib/auth/auth';
import { databaseUrl } from '../lib/db/client';

const Args = z.object({
  email: z.email({ error: 'needs a valid --email' }),
  name: z.string().trim().min(1, { error: 'needs a --name' }),
  role: z.enum(['reviewer', 'reader'], { error: '--role is reviewer or reader' }),
});

function fail(message: string): never {
  console.error(`reviewer:add: ${message}`);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

async function prompt(question: string): Promise<string> {
  // Echo the question but not what is typed.
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => rl.question(question, resolve));
  muted = true;
  const value = await answer;
  rl.close();
  process.stdout.write('\n');
  return value;
}

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'reviewer' } } });
const parsed = Args.safeParse(values);
if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('; '));
const { email, name, role } = parsed.data;

let password: string;
if (process.stdin.isTTY) {
  password = await prompt(`Password for ${email}: `);
  if ((await prompt('Again: ')) !== password) fail('the two passwords differ.');
} else {
  password = await readStdin();
}
if (password.length < 10) fail('the password needs at least 10 characters.');
if (password.length > 128) fail('the password may have at most 128 characters.');

const auth = await getAuth();
const ctx = await auth.$context;
if (await ctx.internalAdapter.findUserByEmail(email.toLowerCase())) fail(`${email} already has an account.`);
const user = await ctx.internalAdapter.createUser({ email: email.toLowerCase(), name, role, emailVerified: true }, { method: 'admin' });
await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: await ctx.password.hash(password) });
console.log(`Created ${role} ${name} <${email}> in ${databaseUrl()}.`);
process.exit(0);
