/**
 * Azure public-cloud regions a resource can be created in, and ARM's errors for other names.
 * Names as `az account list-locations --query "[?metadata.regionType=='Physical'].name"` prints
 * them (learn.microsoft.com/azure/reliability/regions-list); logical names such as `global` or
 * `europe`, staging and sovereign-cloud regions are left out, as ARM leaves them out of the list
 * in its LocationNotAvailable errors.
 */
import { fail, type Failure } from './errors';

/** Physical public regions, in roughly the order ARM lists them. */
export const AZURE_REGIONS: readonly string[] = [
  'eastus', 'eastus2', 'southcentralus', 'westus2', 'westus3', 'australiaeast', 'southeastasia',
  'northeurope', 'swedencentral', 'uksouth', 'westeurope', 'centralus', 'southafricanorth',
  'centralindia', 'eastasia', 'indonesiacentral', 'japaneast', 'japanwest', 'koreacentral',
  'koreasouth', 'malaysiawest', 'newzealandnorth', 'canadacentral', 'canadaeast', 'francecentral',
  'francesouth', 'germanywestcentral', 'germanynorth', 'italynorth', 'norwayeast', 'norwaywest',
  'polandcentral', 'spaincentral', 'switzerlandnorth', 'switzerlandwest', 'mexicocentral',
  'uaenorth', 'uaecentral', 'brazilsouth', 'brazilsoutheast', 'chilecentral', 'israelcentral',
  'qatarcentral', 'northcentralus', 'westus', 'westcentralus', 'jioindiawest', 'jioindiacentral',
  'southafricawest', 'australiacentral', 'australiacentral2', 'australiasoutheast', 'southindia',
  'westindia', 'ukwest',
];

/**
 * The region name for `location`, or null when it is not a public region. ARM matches names
 * case-insensitively and az turns display names (`Korea Central`) into names, so case and
 * spaces are ignored.
 */
export function regionName(location: string): string | null {
  const name = location.replace(/\s+/g, '').toLowerCase();
  return AZURE_REGIONS.includes(name) ? name : null;
}

/**
 * The location as ARM echoes it in errors: az sends a display name as its short name when it
 * knows it, anything else as typed (azure-cli core `get_location_name_type`).
 */
function echoed(location: string): string {
  return /\s/.test(location) ? regionName(location) ?? location : location;
}

/** ARM's 400 for `az group create -l <unknown>`. */
export const locationNotAvailableForGroup = (location: string): Failure =>
  fail(
    'LocationNotAvailableForResourceGroup',
    `(LocationNotAvailableForResourceGroup) The provided location '${echoed(location)}' is not available for resource group. List of available regions is '${AZURE_REGIONS.join(',')}'.`,
    1,
  );

/** ARM's 400 for a resource created with `-l <unknown>`, e.g. `Microsoft.ContainerRegistry/registries`. */
export const locationNotAvailableForType = (location: string, resourceType: string): Failure =>
  fail(
    'LocationNotAvailableForResourceType',
    `(LocationNotAvailableForResourceType) The provided location '${echoed(location)}' is not available for resource type '${resourceType}'. List of available regions for the resource type is '${AZURE_REGIONS.join(',')}'.`,
    1,
  );

/** ARM's 400 for `az group create` naming an existing group with another region. */
export const resourceGroupLocationMismatch = (location: string, existing: string): Failure =>
  fail(
    'InvalidResourceGroupLocation',
    `(InvalidResourceGroupLocation) Invalid resource group location '${echoed(location)}'. The Resource group already exists in location '${existing}'.`,
    1,
  );
