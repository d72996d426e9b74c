/**
 * A TCP relay between SDK clients and a deployment, for fault tests. It passes bytes through unchanged
 * (the SDK and the broker see each other's real TCP behaviour, backpressure included) and:
 *
 * - drops connections hard, with no WebSocket close frame: every link at once (`dropAll`), or a link in the
 *   middle of what the server is sending (`cutter`: after a chosen number of bytes, often inside a frame),
 *   with a FIN or a TCP reset;
 * - reads the WebSocket frames of both directions (ws-frames.ts) and keeps, per subscription, the credit the
 *   client granted and the bytes the server pushed, as they crossed the wire; a push sent without credit, or
 *   over the credit with more than one batch, is recorded in `violations` (the flow-control rule);
 * - follows the deployment when it moves (`targetPort`), so a restarted server is reached at the same URL.
 *
 * Everything it learns pokes `progress`, so tests wait on wire events instead of sleeping.
 */
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { decodeFrame, type DecodedFrame, type pb } from "../../src/protocol/frames.ts";
import { batchSpans } from "../../src/protocol/record-batch.ts";
import { Progress } from "./progress.ts";
import { WsStreamReader } from "./ws-frames.ts";

/** "fin": the relay closes both sockets (FIN); "reset": it sends a TCP reset (RST) both ways. */
export type DropMode = "fin" | "reset";

export interface WireBatch {
  baseOffset: number;
  recordCount: number;
  bytes: number;
}

export interface WirePush {
  /** Record bytes (the push's `records` field): what credit is counted in. */
  bytes: number;
  batches: WireBatch[];
  nextOffset: number;
  /** Credit left before this push, as the relay counted it (granted − pushed). */
  creditLeftBytes: number;
}

/** One subscription as the wire showed it: what the client granted and what the server pushed. */
export interface WireSubscription {
  link: number;
  id: number;
  topic: string;
  partition: number;
  startOffset: number;
  /** The subscription's initial credit plus every CreditRequest for it. */
  grantedBytes: number;
  pushedBytes: number;
  /** Offset after the last pushed record (startOffset before any push). */
  nextOffset: number;
  /** The partition's high watermark in the latest answer or push. */
  highWatermark: number;
  pushes: WirePush[];
}

export interface RelayDrop {
  link: number;
  mode: DropMode;
  /** The cut fell inside a frame the server was sending. */
  midFrame: boolean;
  /** The link had carried pushes: records were flowing when it died. */
  duringPushes: boolean;
  /** A subscription on the link had been pushed less than the partition held: the reader was behind. */
  behind: boolean;
}

export class RelayLink {
  bytesToClient = 0;
  bytesToServer = 0;
  /** Set once the link is being torn down: nothing more is forwarded. */
  closing = false;
  closed = false;
  readonly subscriptions = new Map<number, WireSubscription>();
  /** SubscribeRequests awaiting their answer, by correlation id. */
  readonly subscribing = new Map<number, pb.SubscribeRequest>();
  readonly fromServer = new WsStreamReader();
  readonly fromClient = new WsStreamReader();
  /** WebSocket close frames seen, either way (a hard drop sends none). */
  closeFrames = 0;

  constructor(
    readonly id: number,
    readonly client: Socket,
    readonly server: Socket,
  ) {}
}

export class TcpRelay {
  port = 0;
  /** Every link ever opened, in order. */
  readonly links: RelayLink[] = [];
  readonly drops: RelayDrop[] = [];
  /** Flow-control rule breaches seen on the wire (see the file comment). */
  readonly violations: string[] = [];
  /**
   * Asked before each chunk the server sends is forwarded: return how many of its bytes to forward before
   * the link dies, and how (null: forward it all). Tests seed it to cut links in the middle of pushes.
   */
  cutter: ((link: RelayLink, chunkBytes: number) => { at: number; mode: DropMode } | null) | null = null;
  /** Called with every frame that crosses, after the relay's own bookkeeping. */
  onFrame: ((link: RelayLink, from: "client" | "server", frame: DecodedFrame) => void) | null = null;
  private server: Server | null = null;

  /**
   * @param targetPort the deployment's port on 127.0.0.1; change it when the deployment moves.
   * @param progress poked on every link opened or closed and every frame read (tests may share one).
   */
  constructor(
    public targetPort: number,
    readonly progress = new Progress(),
  ) {}

  /** The relay's address with the deployment's path, e.g. ws://127.0.0.1:PORT/v1/ws. */
  url(path = "/v1/ws"): string {
    return `ws://127.0.0.1:${this.port}${path}`;
  }

  /** Links whose sockets are not both closed yet. */
  openLinks(): RelayLink[] {
    return this.links.filter((l) => !l.closed);
  }

  /** Subscriptions seen on the wire, optionally of one topic (and partition), in the order they started. */
  subscriptions(topic?: string, partition?: number): WireSubscription[] {
    const out: WireSubscription[] = [];
    for (const link of this.links) {
      for (const s of link.subscriptions.values()) {
        if ((topic === undefined || s.topic === topic) && (partition === undefined || s.partition === partition)) out.push(s);
      }
    }
    return out;
  }

  listen(port = 0): Promise<void> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        this.port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  /** Kills every open link at once, as a network failure or a dead host would. */
  dropAll(mode: DropMode = "reset"): void {
    for (const link of this.openLinks()) this.kill(link, mode, false);
  }

  /** Stops listening and kills every link. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.cutter = null;
    for (const link of this.openLinks()) this.kill(link, "fin", false, false);
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  private accept(client: Socket): void {
    const server = connect(this.targetPort, "127.0.0.1");
    const link = new RelayLink(this.links.length, client, server);
    this.links.push(link);
    client.setNoDelay(true);
    server.setNoDelay(true);
    const onClose = () => {
      if (link.closed || !client.destroyed || !server.destroyed) return;
      link.closed = true;
      this.progress.poke();
    };
    // A side that errs (refused: the deployment is down) takes the other with it, as a dead peer would.
    client.on("error", () => this.kill(link, "fin", false, false));
    server.on("error", () => this.kill(link, "fin", false, false));
    client.on("close", () => {
      if (!server.destroyed) server.destroy();
      onClose();
    });
    server.on("close", () => {
      // What the server sent before it closed is written first; then the client's socket closes too.
      if (!client.destroyed) client.end(() => client.destroy());
      onClose();
    });
    client.on("end", () => server.end());
    client.on("data", (chunk: Buffer) => {
      if (link.closing) return;
      link.bytesToServer += chunk.length;
      this.read(link, "client", chunk);
      if (!server.write(chunk)) {
        client.pause();
        server.once("drain", () => client.resume());
      }
    });
    server.on("data", (chunk: Buffer) => {
      if (link.closing) return;
      const cut = this.cutter?.(link, chunk.length) ?? null;
      const part = cut ? chunk.subarray(0, Math.max(0, Math.min(chunk.length, cut.at))) : chunk;
      if (part.length > 0) {
        link.bytesToClient += part.length;
        this.read(link, "server", part);
        // A test killed the link on a frame it just read (onFrame): that frame never reaches the client.
        if (link.closing && !cut) return;
      }
      if (cut) {
        link.closing = true;
        if (part.length > 0) client.write(part, () => this.kill(link, cut.mode, true));
        else this.kill(link, cut.mode, true);
        return;
      }
      if (!client.write(chunk)) {
        server.pause();
        client.once("drain", () => server.resume());
      }
    });
    this.progress.poke();
  }

  private kill(link: RelayLink, mode: DropMode, cut: boolean, record = true): void {
    if (link.closed || (link.closing && !cut)) return;
    link.closing = true;
    if (record) {
      const subs = [...link.subscriptions.values()];
      const duringPushes = subs.some((s) => s.pushes.length > 0);
      const behind = subs.some((s) => s.pushes.length > 0 && s.highWatermark > s.nextOffset);
      this.drops.push({ link: link.id, mode, midFrame: link.fromServer.midFrame, duringPushes, behind });
    }
    for (const s of [link.client, link.server]) {
      if (s.destroyed) continue;
      if (mode === "reset" && s.readyState === "open") {
        try {
          s.resetAndDestroy();
          continue;
        } catch {
          // not connected after all: a plain destroy does
        }
      }
      s.destroy();
    }
    this.progress.poke();
  }

  private read(link: RelayLink, from: "client" | "server", bytes: Buffer): void {
    const reader = from === "client" ? link.fromClient : link.fromServer;
    for (const m of reader.feed(bytes)) {
      if (m.opcode === 8) link.closeFrames++;
      if (m.opcode !== 2) continue;
      const frame = decodeFrame(m.payload);
      if (from === "client") this.fromClient(link, frame);
      else this.fromServer(link, frame);
      this.onFrame?.(link, from, frame);
    }
    this.progress.poke();
  }

  private fromClient(link: RelayLink, f: DecodedFrame): void {
    if (f.subscribeRequest) link.subscribing.set(f.correlationId, f.subscribeRequest as pb.SubscribeRequest);
    else if (f.creditRequest) {
      const r = f.creditRequest as pb.CreditRequest;
      const sub = link.subscriptions.get(r.subscriptionId);
      if (sub) sub.grantedBytes += r.creditBytes;
    }
  }

  private fromServer(link: RelayLink, f: DecodedFrame): void {
    if (f.correlationId !== 0) {
      const asked = link.subscribing.get(f.correlationId);
      if (!asked) return;
      link.subscribing.delete(f.correlationId);
      if (!f.subscribeResponse) return; // refused (an error answer): no subscription
      const r = f.subscribeResponse as pb.SubscribeResponse;
      link.subscriptions.set(r.subscriptionId, {
        link: link.id,
        id: r.subscriptionId,
        topic: asked.topic,
        partition: asked.partition,
        startOffset: asked.offset,
        grantedBytes: asked.creditBytes,
        pushedBytes: 0,
        nextOffset: asked.offset,
        highWatermark: r.highWatermark,
        pushes: [],
      });
      return;
    }
    if (!f.push) return;
    const push = f.push as pb.Push;
    const sub = link.subscriptions.get(push.subscriptionId);
    if (!sub) {
      this.violations.push(`link ${link.id}: push for subscription ${push.subscriptionId}, which the wire never saw answered`);
      return;
    }
    const bytes = push.records.byteLength;
    const batches: WireBatch[] = [];
    for (const { start, end, header } of batchSpans(push.records)) {
      batches.push({ baseOffset: header.baseOffset, recordCount: header.lastOffsetDelta + 1, bytes: end - start });
    }
    const creditLeftBytes = sub.grantedBytes - sub.pushedBytes;
    const where = `${sub.topic}-${sub.partition} subscription ${sub.id} on link ${link.id}`;
    // The broker may start a push only while credit is left, and may exceed what is left only with a
    // single batch (a batch is never split, so one bigger than the credit must still go out whole).
    if (creditLeftBytes <= 0) this.violations.push(`${where}: push of ${bytes} bytes with ${creditLeftBytes} bytes of credit left`);
    else if (bytes > creditLeftBytes && batches.length > 1) {
      this.violations.push(`${where}: push of ${bytes} bytes in ${batches.length} batches over the ${creditLeftBytes} bytes of credit left`);
    }
    sub.pushedBytes += bytes;
    sub.nextOffset = push.nextOffset;
    sub.highWatermark = push.highWatermark;
    sub.pushes.push({ bytes, batches, nextOffset: push.nextOffset, creditLeftBytes });
  }
}
