/**
 * The consumer-group code a page loads on demand (group-consumer.ts's loadGroups; dist/edgelog-groups.js in
 * the browser bundle): a member's membership and the group admin calls that take more than one request.
 */
export { GroupMember } from "./group-member.ts";
export { describeGroup, fetchOffsets, resetOffsets } from "./group-admin.ts";
