// Kafka's default partitioner lives with the protocol (the broker's HTTP produce routes keys the same way).
export { murmur2, partitionForKey, toPositive } from "../src/protocol/partitioner.ts";
