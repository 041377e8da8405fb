// Firefox ESR: every check must pass.
import { engineChecks } from "./checks.mjs";

engineChecks("firefox");
