// Linux file capabilities for `builds[].linux_capabilities`, parsed as ko's pkg/caps does
// (Docker --cap-add names, numbers, and cap_from_text(3) clauses such as `cap_net_bind_service+ep`)
// and encoded as the `security.capability` xattr (vfs_cap_data revision 2, docs/spec/ko-compat.md#14-linux-file-capabilities-buildslinux_capabilities).
import { KoActionError } from '../util/errors.js';

const all64 = (1n << 64n) - 1n;

// Bit numbers from linux/capability.h, as ko lists them.
const capabilityBits: Readonly<Record<string, number>> = {
  CHOWN: 0,
  DAC_OVERRIDE: 1,
  DAC_READ_SEARCH: 2,
  FOWNER: 3,
  FSETID: 4,
  KILL: 5,
  SETGID: 6,
  SETUID: 7,
  SETPCAP: 8,
  LINUX_IMMUTABLE: 9,
  NET_BIND_SERVICE: 10,
  NET_BROADCAST: 11,
  NET_ADMIN: 12,
  NET_RAW: 13,
  IPC_LOCK: 14,
  IPC_OWNER: 15,
  SYS_MODULE: 16,
  SYS_RAWIO: 17,
  SYS_CHROOT: 18,
  SYS_PTRACE: 19,
  SYS_PACCT: 20,
  SYS_ADMIN: 21,
  SYS_BOOT: 22,
  SYS_NICE: 23,
  SYS_RESOURCE: 24,
  SYS_TIME: 25,
  SYS_TTY_CONFIG: 26,
  MKNOD: 27,
  LEASE: 28,
  AUDIT_WRITE: 29,
  AUDIT_CONTROL: 30,
  SETFCAP: 31,
  MAC_OVERRIDE: 32,
  MAC_ADMIN: 33,
  SYSLOG: 34,
  WAKE_ALARM: 35,
  BLOCK_SUSPEND: 36,
  AUDIT_READ: 37,
  PERFMON: 38,
  BPF: 39,
  CHECKPOINT_RESTORE: 40,
};

function capabilityError(message: string): KoActionError {
  return new KoActionError('CONFIG', message, {
    where: 'linux_capabilities',
    hint: 'Use capability names such as `net_bind_service` or clauses such as `cap_net_bind_service+ep`.',
  });
}

/** One capability: a number 0..63, `all`, or a name with or without `cap_`, any case. */
function parseCapability(s: string): bigint {
  if (/^[0-9]+$/.test(s) && Number(s) < 64) return 1n << BigInt(Number(s));
  const name = s.toUpperCase();
  if (name === 'ALL') {
    return Object.values(capabilityBits).reduce((m, bit) => m | (1n << BigInt(bit)), 0n);
  }
  const bit = capabilityBits[name.startsWith('CAP_') ? name.slice(4) : name];
  if (bit === undefined) throw capabilityError(`unknown capability: ${JSON.stringify(s)}`);
  return 1n << BigInt(bit);
}

/**
 * The raw 20-byte `security.capability` value for `terms`, or undefined when they grant nothing
 * (ko then adds no PAX record). A bare name is added as permitted; `caps+-=flags` clauses are
 * applied left to right as cap_from_text(3) does.
 */
export function capabilityXattr(terms: readonly string[]): Buffer | undefined {
  let permitted = 0n;
  let inheritable = 0n;
  let effective = 0n;
  for (const term of terms) {
    const at = term.search(/[+\-=]/);
    if (at === -1) {
      permitted |= parseCapability(term);
      continue;
    }
    const actions = term.slice(at);
    const names = at === 0 && actions.startsWith('=') ? 'all' : term.slice(0, at);
    let mask = 0n;
    for (const name of names.split(',')) {
      try {
        mask |= parseCapability(name);
      } catch (err) {
        throw capabilityError(`${JSON.stringify(term)}: ${(err as Error).message}`);
      }
    }
    let keep = 0n; // which bits of `mask` the following p/i/e letters set (all for +/=, none for -)
    for (const c of actions) {
      switch (c) {
        case '+':
          keep = all64;
          break;
        case '-':
          keep = ~mask & all64;
          break;
        case '=':
          keep = all64;
          permitted &= ~mask;
          inheritable &= ~mask;
          effective &= ~mask;
          break;
        case 'p':
          permitted = (permitted | mask) & keep;
          break;
        case 'i':
          inheritable = (inheritable | mask) & keep;
          break;
        case 'e':
          effective = (effective | mask) & keep;
          break;
        default:
          throw capabilityError(`${JSON.stringify(term)}: unknown flag '${c}'`);
      }
    }
  }
  if (permitted === 0n && inheritable === 0n) return undefined;
  const out = Buffer.alloc(20);
  out.writeUInt32LE(0x02000000 | (effective !== 0n ? 1 : 0), 0);
  out.writeUInt32LE(Number(permitted & 0xffffffffn), 4);
  out.writeUInt32LE(Number(inheritable & 0xffffffffn), 8);
  out.writeUInt32LE(Number(permitted >> 32n), 12);
  out.writeUInt32LE(Number(inheritable >> 32n), 16);
  return out;
}
