/**
 * Edgelog.subscribe()'s feeds once the feed code is loaded (extras.ts, on demand): the client's hub, which
 * shares its sockets with the page's other tabs (made at the first shared feed), the feed itself, and a group
 * member as a feed. Here rather than in index.ts so that a page that never subscribes does not load it.
 */
import { ConnectionPool, type ConnectionOptions } from "./connection.ts";
import type { FeedStart, SubscribeOptions, Subscription } from "./feed-start.ts";
import type { GroupConsumer } from "./group-consumer.ts";
import type { ConsumerRecord } from "./partition-set.ts";
import { browserSharedEnv, FeedHub } from "./shared-feed.ts";
import { openFeed } from "./subscribe.ts";

/** What a client's feeds share: its connections and options, and the hub once made. */
export interface ClientFeeds {
  pool: ConnectionPool;
  /** The client's connection options: a feed leader's further connection sets use them too. */
  poolOptions: ConnectionOptions;
  log: (line: string) => void;
  /** True once the client is closed: no hub is made then. */
  closed: () => boolean;
  hub: FeedHub | null;
}

export function openClientFeed<T>(client: ClientFeeds, topic: string, options: SubscribeOptions<T>, start: FeedStart, onClosed: () => void): Subscription<T> {
  const url = client.pool.bootstrap.url;
  const env = options.shared === false ? null : browserSharedEnv();
  const connect = (index: number) => {
    if (index === 0) return { source: client.pool, close: async () => {} };
    const pool = new ConnectionPool(client.poolOptions);
    return { source: pool, close: () => pool.close() };
  };
  if (env && !client.closed()) client.hub ??= new FeedHub(env, url, connect, client.log);
  return openFeed<T>({ url, hub: env ? client.hub : null, connections: () => client.pool, onClosed }, topic, options, start);
}

/**
 * A group member as a Subscription (Edgelog.subscribe with `group`): positions are committed in the group.
 * As with the other feeds, leaving the loop counts the record in hand as finished (committed before the
 * member leaves); a record is otherwise finished when the next one is asked for.
 */
export function groupFeed<T>(member: GroupConsumer<T>): Subscription<T> {
  const finished = new Map<number, number>();
  let handed: ConsumerRecord<T> | null = null;
  const finish = () => {
    if (handed) finished.set(handed.partition, handed.offset + 1);
    const last = handed;
    handed = null;
    return last;
  };
  const close = async () => {
    const last = finish();
    if (last) await member.commit([{ topic: last.topic, partition: last.partition, offset: last.offset + 1 }]).catch(() => {});
    await member.close();
  };
  return {
    positions: () => Object.fromEntries(finished),
    close,
    [Symbol.asyncIterator]() {
      const it = member[Symbol.asyncIterator]();
      return {
        next: async () => {
          finish();
          const r = await it.next();
          if (!r.done) handed = r.value;
          return r;
        },
        return: async () => {
          await close();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
