import type { IncomingMessage } from "node:http";

export declare function hasMalformedEscape(pathname: string): boolean;
export declare const MALFORMED_API_PATH: "/api/malformed-path";
export declare function routeMalformedApiPath(req: IncomingMessage): void;
