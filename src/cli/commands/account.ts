/**
 * `az login`, `az logout`, `az account show` (facts §6: the lab user starts signed in; after
 * `az logout` resource commands fail with `Please run 'az login' to setup account.`).
 */
import { signIn, signOut } from '../../model';
import type { World } from '../../model/types';
import { CliError, NOT_SIGNED_IN } from '../errors';
import type { CommandDef, GroupDef } from '../types';

/** The subscription entry az prints for `az login` and `az account show` (`az account` shape). */
export function accountView(world: World): Record<string, unknown> {
  return {
    environmentName: 'AzureCloud',
    homeTenantId: world.tenantId,
    id: world.subscription.id,
    isDefault: true,
    managedByTenants: [],
    name: world.subscription.name,
    state: 'Enabled',
    tenantId: world.tenantId,
    user: { name: world.user.name, type: 'user' },
  };
}

const login: CommandDef = {
  name: 'login',
  summary: 'Sign in to the lab subscription',
  longSummary:
    'The lab has one user and one subscription, so no browser or password is involved: the command simply restores the signed-in state.',
  noLoginRequired: true,
  args: [
    {
      dest: 'useDeviceCode',
      options: ['--use-device-code'],
      type: 'boolean',
      isFlag: true,
      help: 'Accepted for compatibility with scripts; the lab signs in the same way either way',
    },
  ],
  examples: [{ summary: 'Sign in again after signing out.', command: 'az login' }],
  handler: (ctx) => {
    const res = signIn(ctx.world);
    if (!res.ok) throw new CliError(res.error.message, res.error.exitCode);
    // az login prints the list of subscriptions the account can use (`cloudName` instead of
    // `account show`'s `environmentName`).
    const { environmentName, ...entry } = accountView(res.world);
    return { world: res.world, result: [{ cloudName: environmentName, ...entry }] };
  },
};

const logout: CommandDef = {
  name: 'logout',
  summary: 'Sign out, so that resource commands need `az login` again',
  noLoginRequired: true,
  args: [],
  examples: [{ summary: 'Sign out of the lab account.', command: 'az logout' }],
  handler: (ctx) => {
    if (!ctx.world.user.signedIn) throw new CliError('There are no active accounts.', 1);
    const res = signOut(ctx.world);
    if (!res.ok) throw new CliError(res.error.message, res.error.exitCode);
    return { world: res.world };
  },
};

const show: CommandDef = {
  name: 'account show',
  summary: 'Show the subscription the lab works in',
  args: [],
  examples: [
    { summary: 'Show the current subscription.', command: 'az account show' },
    { summary: 'Print only the subscription ID, for use in scripts.', command: 'az account show --query id -o tsv' },
  ],
  handler: (ctx) => {
    if (!ctx.world.user.signedIn) throw new CliError(NOT_SIGNED_IN, 1);
    return { result: accountView(ctx.world) };
  },
};

export const commands: CommandDef[] = [login, logout, show];

export const groups: GroupDef[] = [{ name: 'account', summary: 'Look at the subscription of the lab account' }];
