import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new migration into drizzle/ after lib/db/schema.ts changes.
export default defineConfig({
  dialect: 'sqlite',
  schema: './lib/db/schema.ts',
  out: './drizzle',
});
