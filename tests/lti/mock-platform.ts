import http from "node:http";
import type { AddressInfo } from "node:net";
import crypto from "node:crypto";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
} from "jose";

/**
 * A minimal LTI 1.3 platform (an LMS) for tests: it signs launches with its own RSA keys and
 * serves them as a JWKS (and can rotate them), answers the OIDC auth request with an
 * auto-submitting form, issues access tokens for client assertions it verifies against the
 * tool's JWKS, receives AGS scores (failing the first N if told to), serves an NRPS roster, and
 * verifies the Deep Linking responses posted back to it. Everything it received is kept in
 * `received` for assertions. Started by the tests themselves: `await startMockPlatform({ port })`.
 */
export interface MockPlatformOptions {
  port?: number;
  host?: string;
  clientId?: string;
  deploymentId?: string;
  /** How the platform gets the tool's public keys: a URL (e2e) or a function (integration tests). */
  toolJwks?: string | (() => Promise<{ keys: JWK[] }>);
}

export interface LaunchSpec {
  sub: string;
  name?: string;
  roles?: string[];
  messageType?: "LtiResourceLinkRequest" | "LtiDeepLinkingRequest";
  resourceLinkId?: string;
  custom?: Record<string, string>;
  lineItemId?: string;
}

const LIS = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
export const ROLE = { learner: `${LIS}Learner`, instructor: `${LIS}Instructor` };

export async function startMockPlatform(opts: MockPlatformOptions = {}) {
  const host = opts.host ?? "127.0.0.1";
  const clientId = opts.clientId ?? "layerwise-tool";
  const deploymentId = opts.deploymentId ?? "deployment-1";
  let keys = [await newKey()];
  const launches = new Map<string, LaunchSpec>();
  const tokens = new Set<string>();
  const received = {
    scores: [] as { lineItemId: string; body: Record<string, unknown>; contentType: string }[],
    scoreAttempts: 0,
    tokenRequests: 0,
    deepLinks: [] as JWTPayload[],
    jwksFetches: 0,
  };
  let failScores = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, host, resolve));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  const issuer = origin;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", origin);
    const body = req.method === "POST" ? await readBody(req) : "";
    const form = new URLSearchParams(body);
    if (url.pathname === "/jwks") {
      received.jwksFetches++;
      return json(res, 200, { keys: keys.map((k) => k.publicJwk) });
    }
    if (url.pathname === "/auth") {
      // The OIDC authorization request the tool redirected the browser to.
      const p = url.searchParams;
      const spec = launches.get(p.get("login_hint") ?? "");
      if (!spec || p.get("client_id") !== clientId || p.get("response_mode") !== "form_post") {
        return html(res, 400, "<p>bad auth request</p>");
      }
      const idToken = await signIdToken(spec, { nonce: p.get("nonce")! });
      return html(res, 200, autoPost(p.get("redirect_uri")!, { id_token: idToken, state: p.get("state")! }));
    }
    if (url.pathname === "/start") {
      // A course page's link: starts the third-party initiated login at the tool.
      const hint = url.searchParams.get("hint")!;
      const tool = url.searchParams.get("tool")!;
      return html(
        res,
        200,
        autoPost(`${tool}/api/lti/login`, {
          iss: issuer,
          login_hint: hint,
          target_link_uri: `${tool}/api/lti/launch`,
          client_id: clientId,
          lti_deployment_id: deploymentId,
          lti_message_hint: hint,
        }),
      );
    }
    if (url.pathname === "/course") {
      // The LMS's course page showing the tool in an iframe.
      const src = `/start?${url.searchParams.toString()}`;
      return html(
        res,
        200,
        `<h1>Course</h1><iframe title="Layerwise" src="${src}" width="1000" height="700"></iframe>`,
      );
    }
    if (url.pathname === "/token" && req.method === "POST") {
      received.tokenRequests++;
      if (form.get("grant_type") !== "client_credentials") return json(res, 400, { error: "unsupported_grant_type" });
      const assertion = form.get("client_assertion") ?? "";
      try {
        const jwks =
          typeof opts.toolJwks === "function"
            ? createLocalJWKSet(await opts.toolJwks())
            : createRemoteJWKSet(new URL(opts.toolJwks ?? "http://localhost/none"));
        await jwtVerify(assertion, jwks, { issuer: clientId, subject: clientId, audience: `${origin}/token` });
      } catch (err) {
        return json(res, 401, { error: "invalid_client", error_description: String(err) });
      }
      const token = crypto.randomBytes(16).toString("hex");
      tokens.add(token);
      return json(res, 200, { access_token: token, token_type: "Bearer", expires_in: 3600, scope: form.get("scope") });
    }
    const score = /^\/lineitems\/([^/]+)\/scores$/.exec(url.pathname);
    if (score && req.method === "POST") {
      received.scoreAttempts++;
      if (!tokens.has((req.headers.authorization ?? "").replace(/^Bearer /, ""))) return json(res, 401, {});
      if (failScores > 0) {
        failScores--;
        return json(res, 503, { error: "try later" });
      }
      received.scores.push({
        lineItemId: score[1],
        body: JSON.parse(body) as Record<string, unknown>,
        contentType: req.headers["content-type"] ?? "",
      });
      return json(res, 200, {});
    }
    if (url.pathname === "/memberships") {
      if (!tokens.has((req.headers.authorization ?? "").replace(/^Bearer /, ""))) return json(res, 401, {});
      return json(res, 200, {
        id: `${origin}/memberships`,
        context: { id: "course-1", label: "C1", title: "Course 1" },
        members: [...launches.values()].map((l) => ({
          status: "Active",
          user_id: l.sub,
          name: l.name,
          roles: l.roles ?? [ROLE.learner],
        })),
      });
    }
    if (url.pathname === "/deep-link-return" && req.method === "POST") {
      const jwks =
        typeof opts.toolJwks === "function"
          ? createLocalJWKSet(await opts.toolJwks())
          : createRemoteJWKSet(new URL(opts.toolJwks ?? "http://localhost/none"));
      const { payload } = await jwtVerify(form.get("JWT") ?? "", jwks, { issuer: clientId, audience: issuer });
      received.deepLinks.push(payload);
      return html(res, 200, `<h1>Content added</h1><p>${received.deepLinks.length} item(s) received</p>`);
    }
    return html(res, 404, "not found");
  }

  /** The id_token of a launch, as the platform signs it; `over` replaces any claim (or the key). */
  async function signIdToken(
    spec: LaunchSpec,
    over: { nonce: string; claims?: Record<string, unknown>; key?: MockKey; exp?: number; iat?: number },
  ) {
    const key = over.key ?? keys[0];
    const now = Math.floor(Date.now() / 1000);
    const messageType = spec.messageType ?? "LtiResourceLinkRequest";
    const claims: Record<string, unknown> = {
      iss: issuer,
      aud: clientId,
      sub: spec.sub,
      iat: over.iat ?? now,
      exp: over.exp ?? now + 300,
      nonce: over.nonce,
      name: spec.name,
      "https://purl.imsglobal.org/spec/lti/claim/message_type": messageType,
      "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
      "https://purl.imsglobal.org/spec/lti/claim/deployment_id": deploymentId,
      "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": "http://tool/api/lti/launch",
      "https://purl.imsglobal.org/spec/lti/claim/roles": spec.roles ?? [ROLE.learner],
      "https://purl.imsglobal.org/spec/lti/claim/context": { id: "course-1", title: "Course 1" },
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
        context_memberships_url: `${origin}/memberships`,
        service_versions: ["2.0"],
      },
      ...(messageType === "LtiDeepLinkingRequest"
        ? {
            "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
              deep_link_return_url: `${origin}/deep-link-return`,
              accept_types: ["ltiResourceLink"],
              accept_presentation_document_targets: ["iframe", "window"],
              data: "dl-data-42",
            },
          }
        : {
            "https://purl.imsglobal.org/spec/lti/claim/resource_link": {
              id: spec.resourceLinkId ?? "link-1",
              title: "Quiz",
            },
            "https://purl.imsglobal.org/spec/lti/claim/custom": spec.custom ?? {},
            "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
              scope: ["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
              lineitem: `${origin}/lineitems/${spec.lineItemId ?? "li-1"}`,
            },
          }),
      ...over.claims,
    };
    return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" }).sign(key.privateKey);
  }

  return {
    origin,
    issuer,
    clientId,
    deploymentId,
    received,
    /** What the admin registers in Layerwise for this platform. */
    registration: () => ({
      name: "Mock LMS",
      issuer,
      clientId,
      deploymentIds: [deploymentId],
      authLoginUrl: `${origin}/auth`,
      tokenUrl: `${origin}/token`,
      jwksUrl: `${origin}/jwks`,
    }),
    /** Registers who the next login with this hint is (login_hint → launch). */
    expectLaunch(hint: string, spec: LaunchSpec) {
      launches.set(hint, spec);
    },
    signIdToken,
    /** A key the platform's JWKS does not list. */
    strangerKey: () => newKey(),
    /** Key rotation: a new key signs from now on; the JWKS serves only it. */
    async rotateKey() {
      keys = [await newKey()];
    },
    failNextScores(n: number) {
      failScores = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MockPlatform = Awaited<ReturnType<typeof startMockPlatform>>;
type MockKey = Awaited<ReturnType<typeof newKey>>;

async function newKey() {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = crypto.randomUUID();
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (data += c));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

/** Answers and returns true (so handlers can `return json(…)`). */
function json(res: http.ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
  return true;
}

function html(res: http.ServerResponse, status: number, body: string): true {
  res
    .writeHead(status, { "Content-Type": "text/html; charset=utf-8" })
    .end(`<!doctype html><html><body>${body}</body></html>`);
  return true;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An auto-submitting form, as platforms post launches (and tools post Deep Linking responses). */
function autoPost(action: string, fields: Record<string, string>) {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join("");
  return `<form method="post" action="${esc(action)}">${inputs}<button type="submit">Continue</button></form><script>document.forms[0].submit()</script>`;
}
