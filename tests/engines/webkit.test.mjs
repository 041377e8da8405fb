// WebKitGTK (Safari's engine). One known failure, reported as TODO (run,
// shown in the output, not failing the command; ENGINES_STRICT=1 makes it
// count): a sandboxed embed cannot start, because WebKit never matches the
// policy's 'self' with a sandbox's opaque origin (README, "Supported
// browsers"). The reader sees the start-failure card with the address.
// The same embed served as a deploy that names its origin in the policy
// (scripts/site-origin.mjs) starts: that check passes here.
import { engineChecks } from "./checks.mjs";

engineChecks("webkit", {
  "sandboxed-embed":
    "WebKit matches the CSP's 'self' against the sandboxed iframe's opaque origin, so no script runs under the strict policy; the reader gets the card with the calculator's address",
});
