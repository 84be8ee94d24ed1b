// The contract of sign-in, users, API tokens, the audit log and single-record edits (issue 6, items 6–8).
import { Type, type Static } from 'typebox';
import { ROLES } from '../lib/auth/roles.ts';
import { AUDIT_ACTIONS, AUDIT_DEFAULT_LIMIT, AUDIT_MAX_LIMIT } from '../lib/audit.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../lib/auth/password.ts';

const Timestamp = (description: string) => Type.String({ format: 'date-time', description });
const NullableTimestamp = (description: string) => Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description });

export const RoleSchema = Type.Enum(ROLES, {
  description: 'viewer: reads (anyone, signed in or not); editor: also imports and edits; admin: also manages users and API tokens',
});

// Names are checked (and lower-cased) by the store, which says what a name may be; the schema only bounds them.
const UserNameInput = Type.String({ minLength: 1, maxLength: 100, description: 'Sign-in name (case does not matter)' });
const PasswordInput = Type.String({ minLength: 1, maxLength: 1024, description: 'Password' });
const NewPassword = Type.String({
  minLength: 1,
  maxLength: 1024,
  description: `A new password: ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters, not the user name`,
});

export const SessionUserSchema = Type.Object({ name: Type.String(), role: RoleSchema });

export const LoginBodySchema = Type.Object({ name: UserNameInput, password: PasswordInput }, { additionalProperties: false });

export const LoginResultSchema = Type.Object({
  token: Type.String({
    description: 'Send it as "Authorization: Bearer <token>"; the browser also gets it as the HttpOnly atlas_session cookie',
  }),
  expiresAt: Timestamp('When the sign-in ends'),
  user: SessionUserSchema,
});

export const MeSchema = Type.Object({
  user: Type.Union([SessionUserSchema, Type.Null()], { description: 'null: not signed in (a viewer)' }),
  role: RoleSchema,
  via: Type.Union([Type.Enum(['session', 'api_token']), Type.Null()], { description: 'What the request was signed in with' }),
  expiresAt: NullableTimestamp('When the session or token ends'),
});

export const UserSchema = Type.Object({
  name: Type.String(),
  role: RoleSchema,
  disabled: Type.Boolean({ description: 'A disabled user cannot sign in, and their sessions and tokens stop working' }),
  createdAt: Timestamp('When the user was added'),
  lastSignInAt: NullableTimestamp('The last sign-in with a password'),
});
export type User = Static<typeof UserSchema>;
export const UserListSchema = Type.Object({ users: Type.Array(UserSchema) });

export const NewUserSchema = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'Sign-in name: 2–64 Latin letters, digits and . _ @ -, starting with a letter or digit (stored in lower case)',
    }),
    role: RoleSchema,
    password: NewPassword,
  },
  { additionalProperties: false },
);

export const UserParamsSchema = Type.Object({ name: UserNameInput });

export const UserChangeSchema = Type.Object(
  {
    role: Type.Optional(RoleSchema),
    disabled: Type.Optional(Type.Boolean({ description: 'true ends the user’s sessions at once' })),
    password: Type.Optional(NewPassword),
  },
  { additionalProperties: false, minProperties: 1, description: 'The fields to change; a new password ends the user’s sessions' },
);

export const TokenSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String({ description: 'What the token is for' }),
  user: Type.String({ description: 'Whose rights it carries' }),
  createdAt: Timestamp('When it was made'),
  expiresAt: Timestamp('When it stops working'),
  lastUsedAt: NullableTimestamp('Last request made with it (to the minute)'),
  revokedAt: NullableTimestamp('When it was revoked; null while it is not'),
});
export const TokenListSchema = Type.Object({ tokens: Type.Array(TokenSchema) });
export const TokenListQuerySchema = Type.Object({ user: Type.Optional(UserNameInput) });

export const NewTokenSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, description: 'What the token is for, e.g. "nightly sales import"' }),
    user: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Whose rights it carries (default: yours)' })),
    expiresInDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 3650, description: 'Days it works (default: API_TOKEN_TTL_DAYS, 90)' }),
    ),
  },
  { additionalProperties: false },
);
export const CreatedTokenSchema = Type.Intersect([
  TokenSchema,
  Type.Object({ token: Type.String({ description: 'The token itself: shown this once, never again; keep it secret' }) }),
]);
export const TokenParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1, description: 'The token’s id (GET /api/tokens)' }) });

export const AuditCountsSchema = Type.Object(
  {
    inserted: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    rejected: Type.Integer(),
    deleted: Type.Optional(Type.Integer()),
    rows: Type.Optional(Type.Integer()),
  },
  { description: 'Rows inserted, updated, left unchanged and rejected' },
);

export const AuditActionSchema = Type.Enum(AUDIT_ACTIONS, { description: 'What kind of change' });

export const AuditEntrySchema = Type.Object({
  id: Type.Integer(),
  at: Timestamp('When'),
  actor: Type.String({ description: 'Who: a user name, or cli:<account> for the command line' }),
  actorRole: Type.Union([RoleSchema, Type.Null()]),
  action: AuditActionSchema,
  dataset: Type.Union([Type.String(), Type.Null()]),
  recordKey: Type.Union([Type.String(), Type.Null()], { description: 'The record an edit changed, or the user or token' }),
  fileName: Type.Union([Type.String(), Type.Null()]),
  fileSha256: Type.Union([Type.String(), Type.Null()]),
  counts: Type.Union([AuditCountsSchema, Type.Null()]),
  dryRun: Type.Boolean(),
  details: Type.Record(Type.String(), Type.Unknown(), { description: 'Before and after of an edit, the change to a user, …' }),
});
export const AuditPageSchema = Type.Object({
  entries: Type.Array(AuditEntrySchema, { description: 'Newest first' }),
  nextBefore: Type.Union([Type.Integer(), Type.Null()], { description: 'Pass as before= for the next, older page; null on the last' }),
});
export const AuditQuerySchema = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: AUDIT_MAX_LIMIT, default: AUDIT_DEFAULT_LIMIT, description: 'Entries per page' })),
  before: Type.Optional(Type.Integer({ minimum: 1, description: 'Only entries older than this id (the previous page’s nextBefore)' })),
  dataset: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Only this dataset, e.g. sales' })),
  action: Type.Optional(AuditActionSchema),
});

// ── Single-record edits ─────────────────────────────────────────────────────────────────────
// The same path parameter as GET /api/sites/{id}, so OpenAPI has one path for the site (two templates that differ
// only in the parameter's name would be two descriptions of one path).
export { SiteParamsSchema as SiteEditParamsSchema } from './api.ts';
export const SiteEditBodySchema = Type.Object(
  {
    status: Type.String({
      minLength: 1,
      maxLength: 100,
      description:
        'Programme status: identified, feasibility_study, design, works or completed, or its name in Kyrgyz, Russian or English (e.g. "Проектирование")',
    }),
  },
  { additionalProperties: false },
);
export const SiteEditResultSchema = Type.Object({
  code: Type.String(),
  status: Type.String({ description: 'The status now' }),
  previousStatus: Type.String(),
  changed: Type.Boolean(),
  auditId: Type.Integer({ description: 'The audit entry of this edit' }),
});

export const SaleParamsSchema = Type.Object({
  product: Type.String({ minLength: 1, maxLength: 40, description: 'Product code (GET /api/products)' }),
  channel: Type.String({
    minLength: 1,
    maxLength: 100,
    description: 'bishkek_shop, karakol_shop, fair, exhibition, online or export, or its name in Kyrgyz, Russian or English',
  }),
  month: Type.String({
    pattern: '^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$',
    description: 'a month as YYYY-MM',
    examples: ['2025-03'],
  }),
});
export const SaleBodySchema = Type.Object(
  {
    quantity: Type.Number({ minimum: 0, maximum: 999_999_999_999, description: 'Units sold (two decimals kept)' }),
    revenueKgs: Type.Number({ minimum: 0, maximum: 99_999_999_999_999, description: 'Revenue in som (two decimals: tyiyn)' }),
  },
  { additionalProperties: false },
);
const SaleValues = Type.Object({ quantity: Type.Number(), revenueKgs: Type.Number() });
export const SaleEditResultSchema = Type.Object({
  product: Type.String(),
  channel: Type.String(),
  month: Type.String({ description: 'YYYY-MM' }),
  quantity: Type.Number(),
  revenueKgs: Type.Number(),
  result: Type.Enum(['inserted', 'updated', 'unchanged']),
  previous: Type.Union([SaleValues, Type.Null()], { description: 'The values before; null when the row is new' }),
  auditId: Type.Integer({ description: 'The audit entry of this edit' }),
});
