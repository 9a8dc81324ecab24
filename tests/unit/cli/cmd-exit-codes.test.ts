/**
 * Exit codes by where az raises the error (facts §7). Only argparse's own errors exit 2; knack's
 * `_validation` re-raises a validator's CLIError, and azure-cli's `handle_exception` maps every
 * CLIError/AzCLIError to 1 (3 for ResourceNotFoundError). Checked against azure-cli 2.45, e.g.
 * `az role assignment create --role AcrPull --scope /x` exits 1.
 */
import { describe, expect, it } from 'vitest';
import { SEED_TASK, registryIdOf, withRegistry } from './cmd-harness';

describe('errors raised by validators and handlers exit 1', () => {
  it.each([
    ['acr show -n ab', 'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters'],
    ['acr update -n my_registry --admin-enabled true', 'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters'],
    ['acr create -n Myregistry -g rg --sku Basic', 'argument error: Registry name must use only lowercase.'],
    ['acr create -n my-registry -g rg --sku Basic', 'argument error: Registry name cannot contain dashes.'],
    ['acr create -n ab -g rg --sku Basic', 'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters'],
    ['role assignment create --role AcrPull --scope REGISTRY', 'usage error: --assignee STRING | --assignee-object-id GUID'],
    ['acr update -n myregistry --set adminUserEnabled', 'usage error: --set property1.property2=<value>'],
    ['acr update -n myregistry --add networkRuleSet.ipRules', 'usage error: --add property.listProperty'],
    ['acr update -n myregistry --set networkRuleSet.ipRules=x', "usage error: use --add or --remove for 'networkRuleSet.ipRules'"],
    ['acr network-rule add -n myregistry --subnet default', 'Usage error: [--subnet ID | --subnet NAME --vnet-name NAME]'],
    ['acr import -n myregistry --source hello-world:v1', 'usage error: --source must start with a registry login server'],
    ['acr task credential add -n hello-world -r myregistry --login-server other.azurecr.io', 'usage error: --use-identity [system] | --use-identity <client ID>'],
  ])('az %s', (line, message) => {
    const s = withRegistry();
    expect(s.az(SEED_TASK).exitCode).toBe(0);
    const r = s.az(line.replace('REGISTRY', registryIdOf(s)));
    expect([r.exitCode, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain(`ERROR: ${message}`);
  });
});

describe('argparse errors keep exit 2', () => {
  it.each([
    ['acr create', 'the following arguments are required: --name/-n, --resource-group/-g, --sku'],
    ['acr create -n myregistry2 -g rg --sku Gold', "'Gold' is not a valid value for '--sku'"],
    ['acr show -n myregistry --bogus 1', 'unrecognized arguments: --bogus 1'],
    ['acr lst', "'lst' is misspelled or not recognized by the system."],
    ['acr show -n myregistry --query [?', "argument --query: invalid jmespath_type value: '[?'"],
    ['acr show -n myregistry -o xml', "'xml' is not a valid value for '--output'"],
    ['role assignment create --role AcrPull', 'the following arguments are required: --scope'],
    ['acr task create -n t1234 -r myregistry --auth-mode Sometimes', "'Sometimes' is not a valid value for '--auth-mode'"],
  ])('az %s', (line, message) => {
    const r = withRegistry().az(line);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
