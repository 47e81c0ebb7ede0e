import { createHash } from 'node:crypto';

/**
 * A SHA-256 of a file's bytes as they were read and then appended, to tell later whether the file still holds them.
 * The hashing waits until the event loop is free (or until the digest is asked for), so a cold read hands out its
 * entries before it spends time hashing a large file.
 */
export class ContentDigest {
  readonly #hash = createHash('sha256');
  #pending: Buffer[] = [];
  #scheduled = false;

  constructor(bytes: Buffer) {
    this.update(bytes);
  }

  /** Continues with bytes that follow the ones given so far; the buffer must not change afterwards. */
  update(bytes: Buffer): void {
    this.#pending.push(bytes);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#take());
  }

  /** The digest of every byte given so far; the digest can still be continued afterwards. */
  digest(): Buffer {
    this.#take();
    return this.#hash.copy().digest();
  }

  matches(other: ContentDigest): boolean {
    return this.digest().equals(other.digest());
  }

  #take(): void {
    this.#scheduled = false;
    for (const bytes of this.#pending) this.#hash.update(bytes);
    this.#pending = [];
  }
}
