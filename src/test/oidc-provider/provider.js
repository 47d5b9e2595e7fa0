// A strict, OpenID Certified provider (panva oidc-provider) for Vine Reports' integration tests.
// Unlike the sandbox's mock provider it checks the client secret, the redirect URIs and the user's
// password, and it signs ID tokens with RS512 only, as Filevine does.
//
// Settings come from the environment (see StrictProvider.java, which starts this script):
//   PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URIS, POST_LOGOUT_REDIRECT_URIS (comma-separated),
//   USERS_FILE (JSON [{username, password, name, email}]), KEYS_FILE (created when missing, so that
//   restarts keep the same signing key), ACCESS_TOKEN_TTL (seconds, default 3600), REQUIRE_PKCE
//   (default true). Refresh tokens rotate on every use, as Filevine's and Keycloak's do.
//
// Test hooks under /test/ (this provider only ever runs in tests): counts of grants as the provider saw
// them, "revoke every refresh token" (an administrator's revocation), "try the last refresh token"
// (does a token the app held still work?), and refresh answers without id_token (allowed by the spec).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { URLSearchParams } from 'node:url';
import Provider from 'oidc-provider';

function setting(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') {
    if (fallback === undefined) throw new Error(`${name} is required`);
    return fallback;
  }
  return value;
}

const port = Number(setting('PORT'));
const issuer = `http://localhost:${port}`;
const users = JSON.parse(fs.readFileSync(setting('USERS_FILE'), 'utf8'));
const accessTokenTtl = Number(setting('ACCESS_TOKEN_TTL', '3600'));
const apiScopes = 'tenant fv.auth.tenant.read filevine.v2.api.* fv.api.gateway.access';

const keysFile = setting('KEYS_FILE');
if (!fs.existsSync(keysFile)) {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: `strict-${Date.now()}`, alg: 'RS512', use: 'sig' };
  fs.writeFileSync(keysFile, JSON.stringify({ keys: [jwk] }));
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const provider = new Provider(issuer, {
  clients: [{
    client_id: setting('CLIENT_ID'),
    client_secret: setting('CLIENT_SECRET'),
    redirect_uris: setting('REDIRECT_URIS').split(','),
    post_logout_redirect_uris: setting('POST_LOGOUT_REDIRECT_URIS').split(','),
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
    id_token_signed_response_alg: 'RS512',
  }],
  jwks: JSON.parse(fs.readFileSync(keysFile, 'utf8')),
  enabledJWA: { idTokenSigningAlgValues: ['RS512'] },
  clockTolerance: 0,
  conformIdTokenClaims: false,
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
  },
  scopes: ['openid', 'offline_access', 'email', 'profile', ...apiScopes.split(' ')],
  async findAccount(ctx, id) {
    const user = users.find((candidate) => candidate.username === id);
    if (!user) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: user.name, email: user.email, email_verified: true, preferred_username: id };
      },
    };
  },
  pkce: { required: () => setting('REQUIRE_PKCE', 'true') === 'true' },
  rotateRefreshToken: () => true,
  ttl: {
    AccessToken: accessTokenTtl,
    IdToken: accessTokenTtl,
    AuthorizationCode: 60,
    Interaction: 600,
    Session: 8 * 3600,
    Grant: 8 * 3600,
    RefreshToken: 8 * 3600,
  },
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  // First-party app: no consent screen. The grant holds what the client asked for.
  async loadExistingGrant(ctx) {
    const existing = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
    await grant.save();
    return grant;
  },
  features: {
    devInteractions: { enabled: false },
    revocation: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      // Confirms the logout at once (the default page waits for a click).
      async logoutSource(ctx, form) {
        const confirmed = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
        ctx.body = `<!DOCTYPE html><html><head><title>Signing out</title></head>
          <body onload="document.forms[0].submit()">${confirmed}<noscript>Press the button to sign out.</noscript></body></html>`;
      },
    },
    // Access tokens stay opaque, as panva issues them for its own userinfo endpoint (which the app calls
    // for the caller's groups); the API simulator checks them through introspection.
    introspection: { enabled: true, allowedPolicy: async (ctx, client, token) => token.clientId === client.clientId },
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
});

function loginPage(uid, error) {
  return `<!DOCTYPE html><html><head><title>Strict provider - sign in</title></head><body>
    <h1>Sign in</h1>${error ? `<p id="error">${escapeHtml(error)}</p>` : ''}
    <form method="post" action="/interaction/${escapeHtml(uid)}/login" id="login">
      <label>Username <input name="login" id="login-name"></label>
      <label>Password <input name="password" id="password" type="password"></label>
      <button type="submit" id="sign-in">Sign in</button>
    </form></body></html>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(loginPage(details.uid));
    return;
  }
  const form = await readForm(req);
  const user = users.find((candidate) => candidate.username === form.get('login'));
  if (!user || user.password !== form.get('password')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(loginPage(details.uid, 'Invalid username or password.'));
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId: user.username } }, { mergeWithLastSubmission: false });
}

// ---- test hooks ---------------------------------------------------------------------------------------
// Counts for all users, and for each user on its own (?user=...): token scenarios of different users run side by
// side, and each must see only its own grants and revocations.
const STAT_NAMES = ['codeGrants', 'codeGrantsWithVerifier', 'refreshGrants', 'refreshFailures', 'revocations'];
const newStats = () => Object.fromEntries(STAT_NAMES.map((name) => [name, 0]));
let stats = newStats();
const statsByUser = new Map();
const refreshTokenOwners = new Map(); // jti -> accountId, for the tokens this provider issued
const lastRefreshToken = new Map(); // accountId (and '*' for anyone) -> the newest refresh token handed out
const omitRefreshIdTokenFor = new Set(); // accountIds, or '*' for everyone

function count(accountId, name) {
  stats[name] += 1;
  if (!accountId) return;
  if (!statsByUser.has(accountId)) statsByUser.set(accountId, newStats());
  statsByUser.get(accountId)[name] += 1;
}

function accountOf(ctx) {
  const entities = ctx.oidc?.entities ?? {};
  return entities.Account?.accountId ?? entities.RefreshToken?.accountId ?? entities.AuthorizationCode?.accountId;
}

provider.on('grant.success', (ctx) => {
  const grantType = ctx.oidc.params.grant_type;
  const accountId = accountOf(ctx);
  if (grantType === 'authorization_code') {
    count(accountId, 'codeGrants');
    if (ctx.oidc.params.code_verifier) count(accountId, 'codeGrantsWithVerifier');
  } else if (grantType === 'refresh_token') {
    count(accountId, 'refreshGrants');
  }
});
provider.on('grant.error', (ctx) => {
  if (ctx.oidc?.params?.grant_type === 'refresh_token') count(accountOf(ctx), 'refreshFailures');
});
provider.on('refresh_token.saved', (token) => refreshTokenOwners.set(token.jti, token.accountId));
provider.on('refresh_token.destroyed', (token) => count(token.accountId, 'revocations'));
// The token endpoint's answers pass here: remember the refresh token handed out, drop id_token on demand.
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && ctx.status === 200 && ctx.body) {
    const accountId = accountOf(ctx);
    if (ctx.body.refresh_token) {
      lastRefreshToken.set('*', ctx.body.refresh_token);
      if (accountId) lastRefreshToken.set(accountId, ctx.body.refresh_token);
    }
    const omit = omitRefreshIdTokenFor.has('*') || omitRefreshIdTokenFor.has(accountId);
    if (omit && ctx.oidc?.params?.grant_type === 'refresh_token') delete ctx.body.id_token;
  }
});

async function testHook(req, res) {
  const url = new URL(req.url, issuer);
  const user = url.searchParams.get('user') ?? '*';
  const reply = (body) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  switch (url.pathname) {
    case '/test/stats':
      return reply(user === '*' ? stats : (statsByUser.get(user) ?? newStats()));
    case '/test/reset':
      stats = newStats();
      statsByUser.clear();
      return reply(stats);
    case '/test/omit-refresh-id-token':
      if (url.searchParams.get('on') === 'true') omitRefreshIdTokenFor.add(user);
      else omitRefreshIdTokenFor.delete(user);
      return reply({ omitRefreshIdToken: [...omitRefreshIdTokenFor] });
    case '/test/revoke-refresh-tokens': {
      let revoked = 0;
      for (const [jti, owner] of refreshTokenOwners) {
        if (user !== '*' && owner !== user) continue;
        const token = await provider.RefreshToken.find(jti);
        if (token) {
          await token.destroy();
          revoked += 1;
        }
      }
      return reply({ revoked });
    }
    case '/test/try-last-refresh-token': {
      // A real refresh grant with the newest refresh token this provider handed out.
      const answer = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token', refresh_token: lastRefreshToken.get(user) ?? 'none',
          client_id: setting('CLIENT_ID'), client_secret: setting('CLIENT_SECRET'),
        }),
      });
      const body = await answer.json();
      return reply({ status: answer.status, error: body.error ?? null });
    }
    default:
      res.writeHead(404);
      return res.end();
  }
}

const handleProvider = provider.callback();
http.createServer((req, res) => {
  if (req.url.startsWith('/test/')) {
    testHook(req, res).catch((error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(error.message);
    });
    return;
  }
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`Interaction failed: ${error.message}`);
    });
    return;
  }
  handleProvider(req, res);
}).listen(port, '127.0.0.1', () => console.log(`strict provider ready on ${issuer}`));
