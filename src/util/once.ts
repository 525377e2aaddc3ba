/** A map of shared promises: the first caller for a key starts the work, later ones await it. */
export class KeyedOnce<K, V> {
  private readonly entries = new Map<K, Promise<V>>();

  get(key: K, make: () => Promise<V>): Promise<V> {
    let p = this.entries.get(key);
    if (!p) {
      p = make();
      this.entries.set(key, p);
      // A failure is not cached: a later caller may try again.
      p.catch(() => this.entries.delete(key));
    }
    return p;
  }
}
