#!/bin/sh
# Stand-in for Prisma's native schema engine on machines that cannot download it.
# `prisma generate` only needs a path to exist; migrations are created with `npm run db:migration`
# (Prisma's WASM engine) and applied with `npm run db:migrate`. See docs/decisions/002-offline-migrations.md.
echo "Prisma's native schema engine is not available on this machine (offline)." >&2
echo "Use 'npm run db:migration -- <name>' and 'npm run db:migrate' instead." >&2
exit 1
