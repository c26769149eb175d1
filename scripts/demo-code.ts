// npm run demo:code — the current second-factor code of the demo physicians and the demo admin, whose
// authenticator key is published for the demo (prisma/demo-users.ts). Real accounts have keys of their own.
import { totpCodeOf } from "@/lib/mfa/totp";
import { DEMO_TOTP_SECRET } from "@/prisma/demo-users";

const code = totpCodeOf(DEMO_TOTP_SECRET);
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${code}  (valid for ${secondsLeft} more seconds; demo accounts only)`);
