/** Loads the SDK's on-demand code (extras.ts) once, when a feature first needs it; see on-demand.ts. */
import { onDemand } from "./on-demand.ts";

export const loadExtras = onDemand(() => import("./extras.ts"));
