/** The licensing portal steps for giving back an allocation, quoted in several messages. */
export const RETURN_STEPS = 'in the licensing portal: Manage Licenses, select the allocation, Return allocations';
