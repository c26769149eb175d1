// npm run db:migrate — apply pending migrations (Prisma's layout and bookkeeping, our applier).
import { runMain, withDatabase } from "./lib/run";

runMain(() => withDatabase(async () => {}));
