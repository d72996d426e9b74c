export { murmur2, partitionForKey, toPositive } from "../../client/partitioner.ts";
