/** `az role assignment ...` and `az identity ...` (facts §5, §7). */
import { describe, expect, it } from 'vitest';
import { registryIdOf, setup, withRegistry } from './cmd-harness';

const ACR_PUSH = '8311e382-0749-4cb8-b61a-304f252e45ec';
const GUID = '11111111-2222-4333-8444-555555555555';

describe('az role assignment create', () => {
  it('prints the assignment like az, with the full role definition path', () => {
    const s = withRegistry();
    const scope = registryIdOf(s);
    const ra = s.json(`role assignment create --assignee-object-id ${GUID} --assignee-principal-type ServicePrincipal --role AcrPush --scope ${scope}`);
    expect(Object.keys(ra)).toEqual([...Object.keys(ra)].sort());
    expect(ra).toMatchObject({
      principalId: GUID,
      principalType: 'ServicePrincipal',
      roleDefinitionId: `/subscriptions/${s.world.subscription.id}/providers/Microsoft.Authorization/roleDefinitions/${ACR_PUSH}`,
      scope,
      resourceGroup: 'rg',
      type: 'Microsoft.Authorization/roleAssignments',
    });
    expect(ra.id).toBe(`${scope}/providers/Microsoft.Authorization/roleAssignments/${ra.name}`);
  });

  it('is idempotent: the same principal, role and scope give the same assignment', () => {
    const s = withRegistry();
    const scope = registryIdOf(s);
    const line = `role assignment create --assignee-object-id ${GUID} --role AcrPull --scope ${scope} --query name -o tsv`;
    expect(s.az(line).stdout).toBe(s.az(line).stdout);
    expect(s.world.roleAssignments.filter((a) => a.principalId === GUID)).toHaveLength(1);
  });

  it('resolves --assignee for the signed-in user', () => {
    const s = withRegistry();
    const ra = s.json(`role assignment create --assignee labuser@contoso.example --role Reader --scope ${registryIdOf(s)}`);
    expect([ra.principalId, ra.principalType]).toEqual([s.world.user.objectId, 'User']);
  });

  describe.each([
    ['role assignment create --role AcrPush', 2, 'the following arguments are required: --scope'],
    ['role assignment create --scope SCOPE', 2, 'the following arguments are required: --role'],
    ['role assignment create --role AcrPush --scope SCOPE', 1, 'usage error: --assignee STRING | --assignee-object-id GUID'],
    [`role assignment create --assignee-object-id ${GUID} --role AcrPul --scope SCOPE`, 1, "Role 'AcrPul' doesn't exist."],
    [`role assignment create --assignee-object-id ${GUID} --assignee-principal-type Robot --role AcrPush --scope SCOPE`, 2, "'Robot' is not a valid value for '--assignee-principal-type'"],
  ])('%s', (line, code, message) => {
    it(`exits ${code}`, () => {
      const s = withRegistry();
      const r = s.az(line.replace('SCOPE', registryIdOf(s)));
      expect(r.exitCode).toBe(code);
      expect(r.stderr).toContain(message);
    });
  });
});

describe('az role assignment list / delete', () => {
  function withAssignment() {
    const s = withRegistry();
    const scope = registryIdOf(s);
    s.az(`role assignment create --assignee-object-id ${GUID} --assignee-principal-type ServicePrincipal --role AcrPush --scope ${scope}`);
    return { s, scope };
  }

  it('lists only subscription-scope assignments by default, like az', () => {
    const { s } = withAssignment();
    expect(s.json('role assignment list --query [].roleDefinitionName')).toEqual(['Owner']);
    expect(s.json(`role assignment list --assignee ${GUID}`)).toEqual([]);
    expect(s.json(`role assignment list --assignee ${GUID} --all --query [].roleDefinitionName`)).toEqual(['AcrPush']);
  });

  it('lists at a scope, adds names, and prints the Principal/Role/Scope table', () => {
    const { s, scope } = withAssignment();
    const [item] = s.json(`role assignment list --scope ${scope}`);
    expect(item).toMatchObject({ principalId: GUID, principalName: GUID, roleDefinitionName: 'AcrPush', scope });
    const table = s.az(`role assignment list --scope ${scope} -o table`).stdout.split('\n');
    expect(table[0].split(/\s{2,}/)).toEqual(['Principal', 'Role', 'Scope']);
    expect(table[2].split(/\s{2,}/)).toEqual([GUID, 'AcrPush', scope]);
    const inherited = s.json(`role assignment list --scope ${scope} --include-inherited --query [].roleDefinitionName`);
    expect(inherited.sort()).toEqual(['AcrPush', 'Owner']);
    expect(s.az(`role assignment list --all --scope ${scope}`).stderr).toContain('group or scope are not required when --all is used');
  });

  it('deletes the matching assignments and warns when none match', () => {
    const { s, scope } = withAssignment();
    const del = s.az(`role assignment delete --assignee ${GUID} --role AcrPush --scope ${scope}`);
    expect([del.exitCode, del.stdout, del.stderr]).toEqual([0, '', '']);
    expect(s.world.roleAssignments.some((a) => a.principalId === GUID)).toBe(false);
    const again = s.az(`role assignment delete --assignee ${GUID} --scope ${scope}`);
    expect([again.exitCode, again.stderr]).toEqual([0, 'WARNING: No matched assignments were found to delete\n']);
  });
});

describe('az identity', () => {
  it('creates, shows and lists user-assigned identities', () => {
    const s = setup();
    const created = s.json('identity create -n myidentity -g rg');
    expect(created).toMatchObject({ name: 'myidentity', resourceGroup: 'rg', location: 'eastus', tenantId: s.world.tenantId, type: 'Microsoft.ManagedIdentity/userAssignedIdentities' });
    expect(created.id).toBe(`/subscriptions/${s.world.subscription.id}/resourcegroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/myidentity`);
    expect(created.clientId).not.toBe(created.principalId);
    expect(s.json('identity show -n myidentity -g rg')).toEqual(created);
    expect(s.az('identity list -g rg --query [].principalId -o tsv').stdout).toBe(`${created.principalId}\n`);
    const table = s.az('identity list -o table').stdout.split('\n');
    expect(table[0].split(/\s{2,}/)).toEqual(['ClientId', 'Location', 'Name', 'PrincipalId', 'ResourceGroup', 'TenantId']);
  });

  it.each([
    ['identity show -n nobody -g rg', 3, "(ResourceNotFound) The Resource 'Microsoft.ManagedIdentity/userAssignedIdentities/nobody' under resource group 'rg' was not found."],
    ['identity create -n myidentity -g nogroup', 3, "(ResourceGroupNotFound) Resource group 'nogroup' could not be found."],
    ['identity create -n myidentity', 2, 'the following arguments are required: --resource-group/-g'],
  ])('%s exits %i', (line, code, message) => {
    const r = setup().az(line);
    expect(r.exitCode).toBe(code);
    expect(r.stderr).toContain(message);
  });
});
