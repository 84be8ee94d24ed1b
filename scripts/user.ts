// npm run user -- <command>: manage the atlas's users and API tokens from the command line; the first admin is
// made this way. Migrates, then works on the configured database (DATABASE_URL, else the embedded one) through
// the same code the API uses (server/lib/auth/store.ts); every change is audited with the actor "cli:<account>".
// Exit code 0: done; 1: refused (the reason is printed); 2: the command was wrong.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDatabase } from '../server/db/pool.ts';
import { passwordProblem } from '../server/lib/auth/password.ts';
import { isRole, normalizeUserName, ROLES, USER_NAME_RULE, type Role } from '../server/lib/auth/roles.ts';
import { createAuthStore, RequestError, type Actor, type AuthStore } from '../server/lib/auth/store.ts';

const USAGE = `Usage: npm run user -- <command>

  add <name> --role viewer|editor|admin [--password-stdin]
                        add a user; the password is asked for (not shown) in a terminal, else read from stdin
  list                  every user with role, state and last sign-in
  set-role <name> <role>
  set-password <name> [--password-stdin]
                        a new password; ends the user's sessions
  disable <name>        the user can no longer sign in; their sessions and tokens stop working
  enable <name>
  token <name> --name <label> [--days <n>]
                        a new API token for the user, printed once on stdout (keep it secret)

Passwords need at least 10 characters. With the embedded database (no DATABASE_URL) and the atlas running, the
command goes through the atlas's database.`;

class UsageError extends Error {}

const say = (line: string) => process.stderr.write(`${line}\n`);

function cliActor(): Actor {
  let account = 'unknown';
  try {
    account = os.userInfo().username;
  } catch {
    // No passwd entry for this uid (some containers): the audit still says it came from the command line.
  }
  return { name: `cli:${account}`, role: null };
}

function userName(value: string | undefined): string {
  if (!value) throw new UsageError('Name the user.');
  const name = normalizeUserName(value);
  if (!name) throw new UsageError(`"${value}" cannot be a user name: use ${USER_NAME_RULE}.`);
  return name;
}

function role(value: string | undefined): Role {
  if (!value) throw new UsageError(`Give the role: ${ROLES.join(', ')}.`);
  if (!isRole(value)) throw new UsageError(`"${value}" is not a role: use ${ROLES.join(', ')}.`);
  return value;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  // One trailing newline is how `echo` and a here-string end the password; it is not part of it.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Reads a line from the terminal without showing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new UsageError('Cancelled.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(name: string, fromStdin: boolean): Promise<string> {
  let password: string;
  if (fromStdin || !process.stdin.isTTY) {
    password = await readStdin();
    if (password === '') {
      throw new UsageError(
        'No password on standard input: pipe one in (e.g. printf %s "$PASSWORD" | npm run user -- …) or run the command in a terminal to be asked for it.',
      );
    }
  } else {
    password = await promptHidden(`Password for ${name}: `);
    const problem = passwordProblem(password, name);
    if (problem) throw new RequestError(400, problem);
    if ((await promptHidden('Once more: ')) !== password) throw new RequestError(400, 'The two passwords differ; nothing was changed.');
  }
  const problem = passwordProblem(password, name);
  if (problem) throw new RequestError(400, problem);
  return password;
}

const date = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '–');

async function run(store: AuthStore, command: string, args: string[], values: Values): Promise<void> {
  const actor = cliActor();
  switch (command) {
    case 'list': {
      const users = await store.listUsers();
      if (users.length === 0) say('No users yet. Add the first admin: npm run user -- add <name> --role admin');
      for (const u of users) {
        console.log(`${u.name}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\tlast sign-in ${date(u.lastSignInAt)}`);
      }
      return;
    }
    case 'set-role': {
      const u = await store.updateUser(userName(args[0]), { role: role(args[1]) }, actor);
      say(`${u.name} is now ${u.role}.`);
      return;
    }
    case 'set-password': {
      const name = userName(args[0]);
      await store.updateUser(name, { password: await readPassword(name, values.passwordStdin) }, actor);
      say(`New password set for ${name}; their sessions have ended.`);
      return;
    }
    case 'disable':
    case 'enable': {
      const u = await store.updateUser(userName(args[0]), { disabled: command === 'disable' }, actor);
      say(`${u.name} is ${u.disabled ? 'disabled: they cannot sign in, and their sessions and tokens no longer work' : 'enabled'}.`);
      return;
    }
    case 'token': {
      const name = userName(args[0]);
      const created = await store.createToken({ user: name, name: values.label!, days: values.days! }, actor);
      say(`API token ${created.id} "${created.name}" for ${name}, valid until ${date(created.expiresAt)} UTC. It is shown once:`);
      console.log(created.token);
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

interface Values {
  role: string | undefined;
  passwordStdin: boolean;
  label: string | undefined;
  days: number | undefined;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        name: { type: 'string' },
        days: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    say(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...args] = parsed.positionals;
  if (parsed.values.help || !command) {
    say(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  const config = loadConfig();
  let newUser: { name: string; role: Role; password: string } | null = null;
  const values: Values = {
    role: parsed.values.role,
    passwordStdin: parsed.values['password-stdin'],
    label: parsed.values.name,
    days: undefined,
  };
  try {
    // Everything that needs no database is checked first: opening the embedded one takes seconds.
    if (command === 'add') {
      const name = userName(args[0]);
      const r = role(values.role);
      newUser = { name, role: r, password: await readPassword(name, values.passwordStdin) };
    } else if (command === 'token') {
      userName(args[0]);
      if (!values.label) throw new UsageError('Say what the token is for with --name, e.g. --name "nightly sales import".');
      const days = parsed.values.days === undefined ? config.apiTokenTtlDays : Number(parsed.values.days);
      if (!Number.isInteger(days) || days < 1 || days > 3650) {
        throw new UsageError(`--days must be a whole number from 1 to 3650; received "${parsed.values.days}".`);
      }
      values.days = days;
    } else if (!['list', 'set-role', 'set-password', 'disable', 'enable'].includes(command)) {
      throw new UsageError(`Unknown command "${command}".`);
    } else if (command === 'set-role') {
      userName(args[0]);
      role(args[1]);
    } else if (command !== 'list') {
      userName(args[0]);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      say(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof RequestError) {
      say(error.message);
      return 1;
    }
    throw error;
  }

  const db = await openDatabase(config, say);
  try {
    await migrate(db.pool);
    const store = createAuthStore(db.pool);
    if (newUser) {
      const u = await store.createUser(newUser, cliActor());
      say(`Added ${u.name} (${u.role}). They sign in on the atlas, or with POST /api/auth/login.`);
    } else {
      await run(store, command, args, values);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      say(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof RequestError) {
      say(error.message);
      return 1;
    }
    say(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
