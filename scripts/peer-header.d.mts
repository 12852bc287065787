import type { IncomingMessage } from "node:http";

export declare const PEER_HEADER: "x-layerwise-peer";
export declare function stampPeer(req: IncomingMessage): void;
