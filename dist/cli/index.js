#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 4514:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dQ: () => (/* binding */ checkWorkingDirectory),
  C7: () => (/* binding */ planBuild),
  at: () => (/* binding */ pushRegistry)
});

// UNUSED EXPORTS: splitAnnotations

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/oci/layout-reader.ts
var layout_reader = __nccwpck_require__(8387);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __nccwpck_require__(9310);
// EXTERNAL MODULE: ./src/ko/local-image.ts
var local_image = __nccwpck_require__(6553);
// EXTERNAL MODULE: ./src/ko/ko-yaml.ts
var ko_yaml = __nccwpck_require__(8168);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __nccwpck_require__(1890);
;// CONCATENATED MODULE: ./src/ko/kodata-epoch.ts
// KO_DATA_DATE_EPOCH, read when the build is planned (a light module: planning loads no layer code).

/** KO_DATA_DATE_EPOCH as ko parses it: unset or empty → 0; otherwise a decimal integer. */
function kodataEpoch(value) {
    if (value === undefined || value === '')
        return 0;
    const n = Number(value);
    if (!/^[+-]?[0-9]+$/.test(value) || !Number.isSafeInteger(n)) {
        throw new errors/* KoActionError */.jV('INPUT', `KO_DATA_DATE_EPOCH should be the number of seconds since January 1st 1970, 00:00 UTC, got ${JSON.stringify(value)}`, { where: 'KO_DATA_DATE_EPOCH', hint: "Set it to e.g. $(git log -1 --format='%ct')." });
    }
    return n;
}

// EXTERNAL MODULE: ./src/ko/naming.ts
var naming = __nccwpck_require__(6572);
;// CONCATENATED MODULE: ./src/ko/tag-targets.ts
// The `tags` input holds plain tags (`v1`, applied to the ko-named image) and, from
// docker/metadata-action's `tags` output, full references (`ghcr.io/o/app:1.2.3`) that are pushed
// exactly as given. Only plain tags given: ko's behaviour. Only full references: the image goes
// only there (the ko-named repository is not pushed to). Both: both.



const isPlainTag = (s) => !s.includes('/') && !s.includes(':');
/** `feature/login-page`: a git ref where a tag was meant (no registry, no tag). */
const looksLikeBranch = (s) => !s.includes(':') && !s.split('/')[0]?.includes('.');
const branchHint = 'a tag cannot hold "/": for a branch name use docker/metadata-action (type=ref,event=branch turns / into -), or replace it yourself';
function splitTags(entries, importPathCount) {
    const plain = entries.filter(isPlainTag);
    const tagRefs = new Map();
    for (const entry of entries.filter((e) => !isPlainTag(e))) {
        const ref = parseTagReference(entry);
        const lastSlash = entry.lastIndexOf('/');
        if (ref.digest || !entry.slice(lastSlash + 1).includes(':') || !ref.tag) {
            throw new errors/* KoActionError */.jV('INPUT', `tags: "${entry}" is a reference without a tag`, {
                where: 'tags',
                hint: looksLikeBranch(entry)
                    ? branchHint
                    : 'a full reference in tags must end in :<tag> (as docker/metadata-action writes them); digests cannot be pushed to',
            });
        }
        const list = tagRefs.get(ref.context().name) ?? [];
        if (!list.includes(ref.tag))
            list.push(ref.tag);
        tagRefs.set(ref.context().name, list);
    }
    if (tagRefs.size > 0 && importPathCount > 1) {
        throw new errors/* KoActionError */.jV('INPUT', `tags holds full references (${[...tagRefs.keys()].join(', ')}) but ${importPathCount} import paths are built`, {
            where: 'tags',
            hint: 'every image would overwrite the same tags: build one import path per step, or use plain tags',
        });
    }
    return { tags: plain.length || tagRefs.size === 0 ? (0,naming/* normaliseTags */.wH)(plain) : [], tagRefs };
}
/** A full reference in `tags`; a bad one (capitals, a branch name) names the input. */
function parseTagReference(entry) {
    try {
        return (0,reference/* parseReference */.F2)(entry);
    }
    catch (e) {
        throw new errors/* KoActionError */.jV('INPUT', `tags: "${entry}" is neither a tag nor an image reference`, {
            where: 'tags',
            hint: looksLikeBranch(entry)
                ? branchHint
                : `${e.message}; a full reference is registry/repository:tag, lowercase`,
            cause: e,
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/plan.ts
// Everything a build needs, resolved from inputs, the environment and .ko.yaml.










function planBuild(inputs, env, koConfig = (0,ko_yaml/* defaultKoConfig */.ME)(env)) {
    const platforms = (0,platform/* parsePlatformSpec */.k1)(requestedPlatforms(inputs, env, koConfig));
    if (!platforms.all)
        for (const p of platforms.platforms)
            (0,platform/* validatePlatform */.Ci)(p);
    const targets = inputs.pushByDigest
        ? { tags: [], tagRefs: new Map() }
        : splitTags(inputs.tags, inputs.importPaths.length);
    if (inputs.push && !inputs.repo && (targets.tags.length > 0 || targets.tagRefs.size === 0)) {
        throw (0,errors/* inputError */.Xu)('repo', 'no repository to push to', 'set the repo input or KO_DOCKER_REPO (outside GitHub Actions there is no ghcr.io default)');
    }
    return {
        workingDirectory: (0,external_node_path_.resolve)(inputs.workingDirectory),
        importPaths: inputs.importPaths,
        repo: inputs.repo,
        naming: inputs.naming,
        tags: targets.tags,
        tagRefs: targets.tagRefs,
        platforms,
        baseImage: inputs.baseImage
            ? checkedBaseImage(inputs.baseImage)
            : koConfig.defaultBaseImage.value,
        koConfig,
        push: inputs.push,
        pushByDigest: inputs.pushByDigest,
        ociLayoutPath: (0,external_node_path_.resolve)(inputs.ociLayoutPath),
        labels: Object.fromEntries(inputs.labels),
        ...splitAnnotations(inputs.annotations),
        user: inputs.user,
        debug: inputs.debug,
        sbom: inputs.sbom === 'spdx',
        provenance: inputs.provenance,
        compression: inputs.compression,
        jobs: inputs.jobs,
        uploadJobs: inputs.uploadJobs,
        sourceDateEpoch: epoch('SOURCE_DATE_EPOCH', env.SOURCE_DATE_EPOCH),
        kodataDateEpoch: env.KO_DATA_DATE_EPOCH ? kodataEpoch(env.KO_DATA_DATE_EPOCH) : undefined,
        kodataAllowedRoot: env.KO_DATA_PATH_ALLOWED_ROOT || undefined,
    };
}
/**
 * ko's order (docs/spec/ko-compat.md#56-defaults): input > KO_DEFAULTPLATFORMS > .ko.yaml defaultPlatforms > $GOOS/$GOARCH >
 * linux/amd64. ko refuses an explicit list while GOOS/GOARCH/GOARM is set: which one wins would
 * be a guess.
 */
function requestedPlatforms(inputs, env, koConfig) {
    const explicit = inputs.platforms
        ? { value: inputs.platforms, where: 'platforms' }
        : koConfig.defaultPlatforms;
    if (!explicit)
        return goEnvPlatforms(env);
    const set = ['GOOS', 'GOARCH', 'GOARM'].filter((k) => env[k]?.trim());
    if (set.length) {
        throw new errors/* KoActionError */.jV('CONFIG', `platforms are set (${explicit.value.join(',')}) while ${set.join('/')} is set in the environment`, {
            where: explicit.where,
            hint: `unset ${set.join(', ')} (ko refuses the combination too), or drop the platform list`,
        });
    }
    return explicit.value;
}
/** $GOOS/$GOARCH when both are set, else linux/amd64. */
function goEnvPlatforms(env) {
    if (env.GOOS && env.GOARCH) {
        const arm = env.GOARCH.includes('arm') && env.GOARM ? `/v${env.GOARM}` : '';
        return [`${env.GOOS}/${env.GOARCH}${arm}`];
    }
    return ['linux/amd64'];
}
function epoch(name, raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    if (!/^-?\d+$/.test(raw.trim())) {
        throw (0,errors/* inputError */.Xu)(name, `"${raw}" is not a Unix time in seconds`, `set ${name} to a whole number`);
    }
    return Number(raw.trim());
}
/**
 * docker/metadata-action prefixes annotations with the level they belong to; unprefixed ones go
 * everywhere, as ko's --image-annotation does.
 */
function splitAnnotations(pairs) {
    const manifestAnnotations = {};
    const indexAnnotations = {};
    for (const [rawKey, value] of pairs) {
        const m = /^(manifest|index|manifest-descriptor|index-descriptor):(.+)$/.exec(rawKey);
        const level = m?.[1];
        const key = m?.[2] ?? rawKey;
        if (!level || level === 'manifest')
            manifestAnnotations[key] = value;
        if (!level || level === 'index')
            indexAnnotations[key] = value;
    }
    return { manifestAnnotations, indexAnnotations };
}
/** A bad `base-image` input names it (KO_DEFAULTBASEIMAGE is checked where it is read). */
function checkedBaseImage(ref) {
    if (ref === 'scratch')
        return ref;
    const layout = (0,layout_reader/* parseLayoutReference */.ZR)(ref);
    if (layout) {
        if (!(0,external_node_fs_.existsSync)(layout.dir) || !(0,external_node_fs_.statSync)(layout.dir).isDirectory()) {
            throw new errors/* KoActionError */.jV('INPUT', `${ref}: ${layout.dir} is not a directory`, {
                where: 'base-image',
                hint: 'oci-layout:<dir>[:<tag>] names an OCI image layout directory, relative to the workspace',
            });
        }
        return ref;
    }
    try {
        (0,reference/* parseReference */.F2)(ref);
    }
    catch (e) {
        throw new errors/* KoActionError */.jV('INPUT', (0,errors/* errorMessage */.gJ)(e), {
            where: 'base-image',
            hint: 'use a registry reference, scratch, or oci-layout:<dir>[:<tag>]',
        });
    }
    return ref;
}
/** The working directory must exist before anything runs in it. */
function checkWorkingDirectory(dir) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw (0,errors/* inputError */.Xu)('working-directory', `${dir} is not a directory`, 'check the path (it is relative to the workspace)');
    }
}
/**
 * The registry the credential inputs are for: the repo's, or with only full references in `tags`,
 * the first one's. None for layouts, ko.local (a local engine) and kind.local (a kind cluster).
 */
function pushRegistry(plan) {
    if (!plan.push)
        return undefined;
    const named = plan.tags.length > 0 || plan.tagRefs.size === 0;
    const repo = named ? plan.repo : [...plan.tagRefs.keys()][0];
    if (!repo || (named && (0,local_image/* isLocalRepo */.m)(repo)))
        return undefined;
    return (0,reference/* parseRepository */.SU)(repo).registry;
}


/***/ }),

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ goMaxProcs),
/* harmony export */   QO: () => (/* binding */ compiled),
/* harmony export */   SE: () => (/* binding */ goBuildEnv),
/* harmony export */   Tv: () => (/* binding */ CompileCancelled),
/* harmony export */   Up: () => (/* binding */ runGoBuild),
/* harmony export */   lM: () => (/* binding */ compileKey),
/* harmony export */   wE: () => (/* binding */ compile)
/* harmony export */ });
/* unused harmony exports GoBuildError, goBuildArgs, parseDiagnostics */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(17);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1890);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6033);
// `go build` exactly as ko runs it (docs/spec/ko-compat.md#74-go-build-command-line-exact-argv to docs/spec/ko-compat.md#76-build-environment-later-entries-win-as-with-exec): same argv, same environment order.






/** A compile failure, with each `file:line:col: msg` line parsed for annotations. */
class GoBuildError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV {
    diagnostics;
    output;
    constructor(message, diagnostics, output) {
        super('GO_BUILD', message, { hint: 'fix the compile errors above' });
        this.diagnostics = diagnostics;
        this.output = output;
    }
}
function goBuildArgs(req, outFile) {
    const args = ['build', ...req.flags, '-trimpath'];
    if (req.debug)
        args.push('-gcflags', 'all=-N -l');
    if (req.ldflags.length)
        args.push(`-ldflags=${req.ldflags.join(' ')}`);
    args.push('-o', outFile, req.importPath);
    for (const a of [...args, ...(req.processEnv.GOFLAGS ?? '').split(/\s+/)]) {
        if (/^--?toolexec(=|$)/.test(a)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('GO_BUILD', `-toolexec is not allowed in go build flags ("${a}")`, {
                hint: 'remove -toolexec from flags and GOFLAGS',
            });
        }
    }
    return args;
}
/**
 * GOMAXPROCS for each of `builds` go builds run `jobs` at a time on `cpus`, or undefined to leave
 * Go's default. Two links that each spread over every core only get in each other's way: on 2
 * cores, two single-threaded builds at a time finish four platforms ~15% sooner. The binaries
 * are the same (Go's output does not depend on its parallelism), and a GOMAXPROCS the user set
 * is kept. The CLI head start and the engine both ask here, so their builds match (compileKey).
 */
function goMaxProcs(builds, jobs, cpus = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()) {
    const concurrent = Math.min(builds, jobs);
    if (concurrent < 2)
        return undefined;
    return Math.max(1, Math.floor(cpus / concurrent));
}
function goBuildEnv(req) {
    const env = {
        CGO_ENABLED: '0',
        GOOS: req.platform.os,
        GOARCH: req.platform.architecture,
        ...(0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .goArchEnv */ .m7)(req.platform),
        ...(req.maxProcs !== undefined ? { GOMAXPROCS: String(req.maxProcs) } : {}),
    };
    for (const [k, v] of Object.entries(req.processEnv))
        if (v !== undefined)
            env[k] = v;
    for (const entry of req.buildEnv) {
        const eq = entry.indexOf('=');
        if (eq > 0)
            env[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    return env;
}
/** A go build not started, or stopped, because another build of the run failed first. */
class CompileCancelled extends Error {
    stopped;
    name = 'CompileCancelled';
    constructor(message, 
    /** True when go was running and was stopped. */
    stopped) {
        super(message);
        this.stopped = stopped;
    }
}
/**
 * Compiles one package for one platform; returns the binary's path. Once `signal` has aborted
 * (another build failed), a build not yet started is not started and one running is stopped.
 */
async function compile(req, signal) {
    if (signal?.aborted)
        throw new CompileCancelled(`go build ${req.importPath}: not started`, false);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(req.outDir, { recursive: true });
    // An existing output stays: go build leaves a binary whose build ID already matches alone,
    // without linking again (ko's KOCACHE binaries rebuild in ~40 ms instead of ~150).
    const outFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(req.outDir, 'out');
    return compiled(req, outFile, await runGoBuild(req, outFile, signal));
}
/**
 * Runs `go build` for `req` into `outFile`. go has no signal handler during a build, so
 * stopping go alone would leave its compiler and linker running and its work directory behind:
 * go runs as a process group that `signal` ends as a whole (SIGKILL), with its work directory
 * under `req.tmpDir`, which the caller removes.
 */
async function runGoBuild(req, outFile, signal) {
    const env = goBuildEnv(req);
    if (req.tmpDir && !env.GOTMPDIR) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(req.tmpDir, { recursive: true });
        env.GOTMPDIR = req.tmpDir;
    }
    const opts = { group: true, ...(signal ? { signal } : {}) };
    return (0,_packages_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(req.goPath, goBuildArgs(req, outFile), req.cwd, env, opts).catch((e) => {
        // A stopped go is a cancelled build, not a go that could not run.
        if (signal?.aborted)
            throw new CompileCancelled(`go build ${req.importPath}: stopped`, true);
        throw e;
    });
}
/**
 * What decides a `go build`'s output, apart from how the package is spelled (`./cmd/app` and
 * its import path build the same binary) and where the output goes.
 */
function compileKey(req) {
    const args = goBuildArgs(req, '');
    return JSON.stringify([req.goPath, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(req.cwd), args.slice(0, -1), goBuildEnv(req)]);
}
/** The binary at `outFile` from a finished go build, or the build's errors as a GoBuildError. */
function compiled(req, outFile, { stderr, code }) {
    if (code !== 0) {
        const diagnostics = parseDiagnostics(stderr, req.cwd);
        const first = diagnostics[0];
        const where = first
            ? `${first.file}:${first.line}${first.column ? `:${first.column}` : ''}`
            : '';
        throw new GoBuildError(`go build ${req.importPath} for ${req.platform.os}/${req.platform.architecture} failed` +
            (first
                ? `: ${where}: ${first.message}`
                : `: ${stderr.trim().split('\n').slice(-3).join('; ')}`), diagnostics, stderr);
    }
    return outFile;
}
const diagnosticLine = /^\s*(.+\.go):(\d+)(?::(\d+))?: (.*)$/;
/** File paths are made relative to GITHUB_WORKSPACE (or cwd) so annotations attach to files. */
function parseDiagnostics(stderr, cwd, workspace = process.env.GITHUB_WORKSPACE) {
    const root = workspace ?? cwd;
    const out = [];
    for (const line of stderr.split('\n')) {
        const m = diagnosticLine.exec(line);
        if (!m?.[1] || !m[2] || !m[4])
            continue;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(m[1]) ? m[1] : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, m[1]);
        out.push({
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs) || m[1],
            line: Number(m[2]),
            column: m[3] ? Number(m[3]) : undefined,
            message: m[4],
        });
    }
    return out;
}


/***/ }),

/***/ 6994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ goExe),
/* harmony export */   X9: () => (/* binding */ goVersion),
/* harmony export */   aY: () => (/* binding */ findOnPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2017);
// Finding a go binary and asking it its version: shared by setting Go up and by switching it.



const goExe = process.platform === 'win32' ? 'go.exe' : 'go';
function findOnPath(name, env) {
    for (const dir of (env['PATH'] ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/**
 * `go version` → `1.26.8` (`devel go1.27-abc…` → `1.27-abc…`), or why it failed. GOTOOLCHAIN
 * in `env` decides whether that is the binary's own version or the one it switches to.
 */
async function goVersion(goPath, env, cwd) {
    const res = await (0,_util_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R)(goPath, ['version'], {
        env,
        cwd: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cwd) ? cwd : undefined,
        timeoutMs: 300_000,
    });
    const version = res.code === 0 ? /go version (?:devel )?go(\S+)/.exec(res.stdout)?.[1] : undefined;
    if (version)
        return { version };
    const reason = res.error?.message ?? (res.stderr.trim() || `exit code ${res.code ?? 'null'}`);
    return { why: `${goPath} version failed: ${reason.split('\n')[0] ?? ''}` };
}


/***/ }),

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ describeLine),
/* harmony export */   d: () => (/* binding */ parseGoModRequest)
/* harmony export */ });
/* harmony import */ var _gover_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6965);
// The Go a go.mod asks for, with the line that asks: its `go` line (the least Go that builds the
// module, since Go 1.21) and its `toolchain` line (the Go it prefers under GOTOOLCHAIN=auto).
// https://go.dev/ref/mod#go-mod-file-go, https://go.dev/ref/mod#go-mod-file-toolchain

// One directive per line; a trailing `// comment` is allowed, as in any go.mod line.
const directive = /^(go|toolchain)\s+(\S+)\s*(?:\/\/.*)?$/;
function parseGoModRequest(file, contents) {
    let go;
    let toolchain;
    contents.split(/\r?\n/).forEach((text, i) => {
        const m = directive.exec(text.trim());
        if (!m?.[2])
            return;
        const name = m[1] === 'go' ? 'go' : 'toolchain';
        // A toolchain is named `go1.27.3`; `default` (or anything else) asks for nothing.
        const version = name === 'go' ? m[2] : /^go(.+)$/.exec(m[2])?.[1];
        if (!version || !(0,_gover_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoVersion */ .JQ)(version))
            return;
        const line = { file, line: i + 1, directive: name, version };
        if (name === 'go')
            go ??= line;
        else
            toolchain ??= line;
    });
    return { ...(go ? { go } : {}), ...(toolchain ? { toolchain } : {}) };
}
/** `go.mod:3 (go 1.27.3)`, `go.mod:5 (toolchain go1.27.3)`: where a request comes from. */
function describeLine(l, relativeFile) {
    const text = l.directive === 'go' ? `go ${l.version}` : `toolchain go${l.version}`;
    return `${relativeFile}:${l.line} (${text})`;
}


/***/ }),

/***/ 6965:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ isGoVersion),
/* harmony export */   MU: () => (/* binding */ isRelease),
/* harmony export */   X_: () => (/* binding */ compareGoVersions),
/* harmony export */   tL: () => (/* binding */ newerRelease)
/* harmony export */ });
// Go's own version order (cmd/go/internal/gover, https://go.dev/doc/toolchain#version): `1.27`
// (a language version) < `1.27rc1` < `1.27.0` < `1.27.3`. Semver does not order these: in it
// `1.27` is no version at all, and a prerelease sorts differently.
const pattern = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/;
function parse(v) {
    const m = pattern.exec(v.trim());
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: m[2] === undefined ? 0 : Number(m[2]),
        patch: m[3] === undefined ? -1 : Number(m[3]),
        kind: m[4] ?? '',
        pre: m[5] === undefined ? -1 : Number(m[5]),
    };
}
/** Whether `v` is a Go version as go.mod and `go version` spell it (`go` prefix allowed). */
function isGoVersion(v) {
    return parse(v) !== undefined;
}
/** gover.Compare: <0, 0, >0. Unparseable versions sort first, as Go's do. */
function compareGoVersions(a, b) {
    const x = parse(a);
    const y = parse(b);
    if (!x || !y)
        return (x ? 1 : 0) - (y ? 1 : 0);
    // '' < 'alpha' < 'beta' < 'rc' both as Go compares the kind and as strings compare here.
    const kind = x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0;
    return x.major - y.major || x.minor - y.minor || x.patch - y.patch || kind || x.pre - y.pre;
}
/**
 * Whether `v` names a release one can download (`1.27.3`, `1.27rc1`), not a language version
 * (`1.27`, which since Go 1.21 only says "at least the language of 1.27").
 */
function isRelease(v) {
    const p = parse(v);
    return !!p && (p.patch >= 0 || p.kind !== '' || p.major * 1000 + p.minor < 1021);
}
/** `1.27.3` → `1.27`: the language family of a version. */
function lang(v) {
    const p = parse(v);
    return p ? `${p.major}.${p.minor}` : v;
}
function isPrerelease(v) {
    return (parse(v)?.kind ?? '') !== '';
}
/**
 * The release GOTOOLCHAIN=auto switches to for a module needing `need`, from the releases
 * `list` (any order): Go's newerToolchain (cmd/go/internal/toolchain/switch.go). It prefers the
 * newest patch of the family before the newest one, so that 1.40.0 coming out does not move
 * every `go 1.39` module to it. Undefined when no release in `list` is at least `need`.
 */
function newerRelease(need, list) {
    const sorted = list.filter(isGoVersion).sort(compareGoVersions);
    let latest = '';
    for (let i = sorted.length - 1; i >= 0; i--) {
        const v = sorted[i] ?? '';
        if (compareGoVersions(v, need) < 0)
            break;
        if (latest && lang(latest) === lang(v))
            continue;
        const newer = latest;
        latest = v;
        if (newer && !isPrerelease(newer))
            break;
    }
    return latest ? latest.replace(/^go/, '') : undefined;
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ listPackages),
/* harmony export */   JH: () => (/* binding */ prefetchPackages),
/* harmony export */   L7: () => (/* binding */ listPackagesSettled),
/* harmony export */   Zb: () => (/* binding */ PackageLoadError),
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2017);
// One `go list -json` for every requested package answers, at once, whether each is a main
// package, its full import path and its directory (ko calls go list several times per path).



/** A requested package that cannot be built; `requested` lets callers point at where it was named. */
class PackageLoadError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV {
    requested;
    constructor(requested, message, hint) {
        super('GO_BUILD', message, { where: 'import-paths', hint });
        this.requested = requested;
    }
}
let prefetched;
/**
 * Starts `go list` for what the next identical listPackages call will ask, so it runs while the
 * rest of the program loads (the CLI knows its import paths from argv). One-shot: the call that
 * takes it clears it, and any other call ignores it.
 */
function prefetchPackages(goPath, requested, cwd, env) {
    const listed = listNow(goPath, requested, cwd, env);
    listed.catch(() => undefined); // reported to whoever takes it
    prefetched = { key: listKey(goPath, requested, cwd), env, listed };
}
/** The packages, in order; the first that cannot be built is thrown. */
async function listPackages(goPath, requested, cwd, env) {
    const listed = await listPackagesSettled(goPath, requested, cwd, env);
    for (const p of listed)
        if (p instanceof PackageLoadError)
            throw p;
    return listed;
}
/** Each package, or the error that names why it cannot be built (go list fails as a whole). */
function listPackagesSettled(goPath, requested, cwd, env) {
    const early = prefetched;
    prefetched = undefined;
    if (early && early.env === env && early.key === listKey(goPath, requested, cwd))
        return early.listed;
    return listNow(goPath, requested, cwd, env);
}
function listKey(goPath, requested, cwd) {
    return JSON.stringify([goPath, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd), ...requested]);
}
async function listNow(goPath, requested, cwd, env) {
    const args = ['list', '-e', '-json=ImportPath,Name,Dir,Module,Error', ...requested];
    const { stdout, stderr, code } = await run(goPath, args, cwd, env);
    if (code !== 0) {
        // Every package failed alike (no go.mod here, say); a caller may look elsewhere for each.
        const why = `go list failed: ${firstLines(stderr)}`;
        const hint = 'check that working-directory holds a Go module (go.mod) and the import paths exist';
        return requested.map((r) => new PackageLoadError(r, why, hint));
    }
    const listed = parseJsonStream(stdout);
    if (listed.length !== requested.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('GO_BUILD', `go list returned ${listed.length} packages for ${requested.length} import paths`);
    }
    return listed.map((p, i) => {
        const want = requested[i] ?? '';
        if (p.Error) {
            return new PackageLoadError(want, `cannot load package "${want}": ${p.Error.Err.trim()}`, 'use a path relative to working-directory (./cmd/app) or a full import path in the module');
        }
        if (p.Name !== 'main') {
            return new PackageLoadError(want, `"${want}" is package ${p.Name ?? '?'}, not a main package`, 'ko builds commands: name a directory whose package is main');
        }
        return {
            requested: want,
            importPath: p.ImportPath,
            name: p.Name,
            dir: p.Dir ?? cwd,
            modulePath: p.Module?.Path,
            moduleDir: p.Module?.Dir,
        };
    });
}
function parseJsonStream(text) {
    // go list -json prints concatenated objects; split at top-level boundaries.
    const out = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"')
            inString = true;
        else if (c === '{') {
            if (depth++ === 0)
                start = i;
        }
        else if (c === '}' && --depth === 0) {
            out.push(JSON.parse(text.slice(start, i + 1)));
        }
    }
    return out;
}
function firstLines(s, n = 5) {
    return s.trim().split('\n').slice(0, n).join('; ');
}
/** Runs the go command (or git for templates); a program that cannot start is a GO_BUILD error. */
async function run(cmd, args, cwd, env, opts = {}) {
    const res = await (0,_util_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R)(cmd, args, { cwd, env, ...opts });
    if (res.error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('GO_BUILD', `cannot run ${cmd}: ${res.error.message}`, {
            cause: res.error,
        });
    }
    return { stdout: res.stdout, stderr: res.stderr, code: res.code ?? 1 };
}


/***/ }),

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ chooseToolchain),
/* harmony export */   b: () => (/* binding */ unavailableError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _go_mod_request_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(535);
/* harmony import */ var _gover_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6965);
// Whether the Go found builds the module, or go.mod asks for a newer one that ko-action must get
// first (docs/spec/action-interface.md#go). Go's own rules (https://go.dev/doc/toolchain): the
// `go` line is the least Go that builds the module (GOTOOLCHAIN=local refuses to build with an
// older one, so the build would fail anyway); the `toolchain` line is a preference that only
// GOTOOLCHAIN=auto follows. ko-action gets the Go that `auto` would use, but says which and pins
// it by name, because setup-go exports GOTOOLCHAIN=local and some Go installs set it in
// $GOROOT/go.env, where `auto` would not switch at all.



const newerThan = (v, found) => (0,_gover_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoVersion */ .JQ)(found) && (0,_gover_js__WEBPACK_IMPORTED_MODULE_1__/* .compareGoVersions */ .X_)(v, found) > 0;
function chooseToolchain(input) {
    const { found, foundFrom, request, goModName } = input;
    const setting = (input.goToolchainEnv ?? '').trim();
    const asks = (l) => (0,_go_mod_request_js__WEBPACK_IMPORTED_MODULE_2__/* .describeLine */ .E)(l, goModName);
    const goLine = request.go && newerThan(request.go.version, found) ? request.go : undefined;
    const preferred = request.toolchain && newerThan(request.toolchain.version, found)
        ? request.toolchain
        : undefined;
    if (input.explicit) {
        if (goLine) {
            return {
                kind: 'refuse',
                error: new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('GO_INSTALL', `Go ${found} (${foundFrom}) is older than ${asks(goLine)} requires, so go build would refuse this module`, {
                    where: `${goModName}:${goLine.line}`,
                    hint: `set ${input.explicit} to Go ${goLine.version} or newer, or remove it to let ko-action get the Go ${goModName} asks for`,
                }),
            };
        }
        const over = [
            ...(preferred ? [asks(preferred)] : []),
            ...(setting !== '' && setting !== 'local' ? [`GOTOOLCHAIN=${setting}`] : []),
        ];
        return over.length
            ? {
                kind: 'found',
                log: `${input.explicit} wins over ${over.join(' and ')}: building with Go ${found}`,
            }
            : { kind: 'found' };
    }
    // `auto`, `path`, `go1.27.3`, `go1.27.3+auto`, `local+auto`: the user chose how go picks; an
    // empty value or `local` is what setup-go exports (and what the action set itself until now).
    if (setting !== '' && setting !== 'local') {
        return {
            kind: 'user',
            goToolchain: setting,
            log: `GOTOOLCHAIN=${setting} is set: the go command picks the Go that builds (Go ${found}), as in the job's other steps`,
        };
    }
    // GOTOOLCHAIN=local makes go ignore the toolchain line.
    const wanted = setting === 'local' ? undefined : preferred;
    const need = goLine && wanted
        ? (0,_gover_js__WEBPACK_IMPORTED_MODULE_1__/* .compareGoVersions */ .X_)(goLine.version, wanted.version) > 0
            ? goLine
            : wanted
        : (goLine ?? wanted);
    if (!need) {
        return preferred && setting === 'local'
            ? {
                kind: 'found',
                log: `GOTOOLCHAIN=local: ${asks(preferred)} is a preference go ignores under it; building with Go ${found}`,
            }
            : { kind: 'found' };
    }
    const refused = setting === 'local' ? ' (GOTOOLCHAIN=local would refuse the module)' : '';
    return {
        kind: 'switch',
        need,
        log: `${asks(need)} asks for a newer Go than Go ${found} ${foundFrom}${refused}: getting Go ${need.version}`,
    };
}
/** The error when the Go go.mod asks for cannot be had: the line that asks, and what fixes it. */
function unavailableError(need, goModName, found, foundFrom, reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('GO_INSTALL', `cannot get Go ${need.version}, which ${(0,_go_mod_request_js__WEBPACK_IMPORTED_MODULE_2__/* .describeLine */ .E)(need, goModName)} asks for (Go ${found} ${foundFrom} is older): ${reason}`, {
        where: `${goModName}:${need.line}`,
        hint: `set go-version to a Go release this runner has or can download (${need.version} or newer), or let the go command reach the module proxy (GOPROXY) and the checksum database (GOSUMDB) that checks the toolchains it fetches`,
    });
}


/***/ }),

/***/ 7368:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ readGoVersionFile),
/* harmony export */   Tk: () => (/* binding */ makeSemver),
/* harmony export */   fT: () => (/* binding */ parseGoVersionSpec)
/* harmony export */ });
/* unused harmony export versionFromFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(17);
// What Go the user asked for: the `go-version` input or a version file, parsed into an exact
// version, a range, or an alias. Version files are read as actions/setup-go reads them.




// Go's own spelling: go1.26.1, 1.26, 1.10beta1, 1.8.5rc1.
const goPattern = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/;
/**
 * Go's version spelling as semver, like setup-go's makeSemver: `go1.26.1` → `1.26.1`,
 * `1.13` → `1.13.0`, `1.10beta1` → `1.10.0-beta.1`, `1.14rc1` → `1.14.0-rc.1`.
 * Returns undefined for anything else.
 */
function makeSemver(version) {
    const m = goPattern.exec(version.trim());
    if (!m)
        return (0,semver__WEBPACK_IMPORTED_MODULE_2__.valid)(version.trim().replace(/^go/, '')) ?? undefined;
    const core = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
    return m[4] ? `${core}-${m[4]}.${m[5]}` : core;
}
/**
 * Whether `range` is a range in node-semver's syntax, which setup-go applies to `go-version`:
 * `1.26` (any 1.26.x), `^1.25`, `~1.25.3`, `1.x`, `>=1.25 <1.27`, `1.22 || 1.24`. Hyphen ranges
 * (`1.25 - 1.26`) are refused: a `-` there reads too easily as a prerelease.
 */
function isRange(range) {
    return range !== '' && (0,semver__WEBPACK_IMPORTED_MODULE_2__.validRange)(range) !== null && !/\s-\s/.test(range);
}
/** Parse a `go-version` value; `where` names the input (or file) in errors. */
function parseGoVersionSpec(input, where = 'go-version') {
    const raw = input.trim();
    if (raw === 'stable' || raw === 'oldstable')
        return { kind: 'alias', input: raw, alias: raw };
    // A full version (patch or prerelease given) is exact; `1.26` alone means the newest 1.26.x.
    const m = goPattern.exec(raw);
    if (m && (m[3] !== undefined || m[4] !== undefined)) {
        return { kind: 'exact', input: raw, semver: makeSemver(raw) ?? raw };
    }
    const full = (0,semver__WEBPACK_IMPORTED_MODULE_2__.valid)(raw);
    if (full)
        return { kind: 'exact', input: raw, semver: full };
    const range = raw.replace(/^go(?=\d)/, '');
    if (isRange(range))
        return { kind: 'range', input: raw, range };
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('INPUT', `'${input}' is not a Go version or version range`, {
        where,
        hint: "use a version (1.26.8), a minor (1.26), a range (^1.25, 1.x, '>=1.25 <1.27'), stable or oldstable",
    });
}
const toolchainLine = /^toolchain\s+go(1\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)\s*(?:\/\/.*)?$/m;
const goLine = /^go\s+(\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)\s*(?:\/\/.*)?$/m;
const toolVersionsLine = /^golang\s+([^\s#]+)/m;
/**
 * The version a version file asks for, or undefined when it names none. `go.mod`/`go.work`:
 * the `toolchain` line, unless GOTOOLCHAIN=local, else the `go` line. `.tool-versions`: the
 * `golang` line. Anything else (`.go-version`): its first non-comment line.
 */
function versionFromFile(fileName, contents, goToolchainLocal) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(fileName);
    if (name === 'go.mod' || name === 'go.work') {
        const toolchain = goToolchainLocal ? undefined : toolchainLine.exec(contents)?.[1];
        return toolchain ?? goLine.exec(contents)?.[1];
    }
    if (name === '.tool-versions')
        return toolVersionsLine.exec(contents)?.[1];
    return contents
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l !== '' && !l.startsWith('#'));
}
/** Read a version file into a spec. `env` decides whether GOTOOLCHAIN=local is in force. */
function readGoVersionFile(path, env, where = 'go-version-file') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('INPUT', `the Go version file ${path} does not exist`, {
            where,
            hint: 'check go-version-file (relative paths are resolved from working-directory)',
        });
    }
    const version = versionFromFile(path, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), env['GOTOOLCHAIN'] === 'local');
    if (!version) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('INPUT', `no Go version found in ${path}`, {
            where,
            hint: 'go.mod and go.work need a `go` line; .tool-versions a `golang` line',
        });
    }
    return parseGoVersionSpec(version, `${where} (${path})`);
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isDaemonRepo)
/* harmony export */ });
/* unused harmony export DAEMON_REPO_PREFIX */
// Which repositories go to the local engine instead of a registry; kept apart from the daemon
// publisher so that planning a build does not load an HTTP client.
/** ko selects the daemon publisher for any repo starting with this (commands/resolver.go). */
const DAEMON_REPO_PREFIX = 'ko.local';
function isDaemonRepo(repo) {
    return repo?.startsWith(DAEMON_REPO_PREFIX) ?? false;
}


/***/ }),

/***/ 1569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ splitFields),
/* harmony export */   VP: () => (/* binding */ unknownKeyMessage),
/* harmony export */   sl: () => (/* binding */ envList)
/* harmony export */ });
/* unused harmony export nearMiss */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8732);
// Settings as strings that remember where they came from (a file position or a variable name),
// and the checks shared by .ko.yaml and its environment overrides. No YAML here: a run without a
// .ko.yaml never loads the parser.


/** Whitespace-separated tokens (Go's strings.Fields), each keeping its exact column if known. */
function splitFields(whole) {
    const out = [];
    for (const m of whole.text.matchAll(/[^\s]+/gu)) {
        const at = whole.at && { ...whole.at, column: whole.at.column + m.index };
        out.push(at
            ? { text: m[0], where: `${at.file}:${at.line}:${at.column}`, at }
            : { text: m[0], where: whole.where });
    }
    return out;
}
/** KEY=VALUE entries; anything else is an error at the entry. */
function envList(entries, key) {
    for (const e of entries) {
        if (!/^[^=]+=/.test(e.text)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('CONFIG', `${key}: "${e.text}" is not NAME=VALUE`, {
                where: e.where,
                hint: 'write each environment entry as NAME=VALUE, e.g. CGO_ENABLED=1',
            });
        }
    }
    return entries.map((e) => e.text);
}
/** The known key an unknown one most likely meant (a typo: at most 3 edits away), if any. */
function nearMiss(key, known) {
    const lower = key.toLowerCase();
    const dist = (k) => (0,_util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .Y)(lower, k.toLowerCase());
    const best = [...known].sort((x, y) => dist(x) - dist(y))[0];
    return best !== undefined && dist(best) <= 3 ? best : undefined;
}
/** ko ignores keys it does not know; we accept them too, and say so where they are. */
function unknownKeyMessage(key, where, known) {
    const near = nearMiss(key, known);
    return (`unknown key "${key}" in ${where}: ko ignores it, and so does ko-action` +
        (near ? `; did you mean "${near}"?` : ''));
}


/***/ }),

/***/ 555:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ listNodesArgs),
/* harmony export */   D9: () => (/* binding */ nodeExecArgs),
/* harmony export */   FB: () => (/* binding */ isKindRepo),
/* harmony export */   S4: () => (/* binding */ isInternalNodeRole),
/* harmony export */   Ww: () => (/* binding */ CTR_IMPORT),
/* harmony export */   c5: () => (/* binding */ kindReference),
/* harmony export */   kH: () => (/* binding */ nodeRoleArgs),
/* harmony export */   mZ: () => (/* binding */ kindEngines),
/* harmony export */   y0: () => (/* binding */ kindClusterName),
/* harmony export */   zD: () => (/* binding */ ctrTagArgs)
/* harmony export */ });
/* unused harmony exports KIND_REPO_PREFIX, KIND_CLUSTER_LABEL, KIND_ROLE_LABEL */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8825);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);
// ko's kind.local convention (ko v0.19.1 pkg/publish/kind.go, pkg/publish/kind/write.go): which
// repositories are loaded into a kind cluster's nodes, which nodes, under which name, and the
// commands run in each node (which image of an index: local-image.ts). Pure: engine/publish/kind.ts
// runs them.


/** ko's KindDomain: any repo starting with it is side-loaded into kind (commands/resolver.go). */
const KIND_REPO_PREFIX = 'kind.local';
function isKindRepo(repo) {
    return repo?.startsWith(KIND_REPO_PREFIX) ?? false;
}
/** The cluster: $KIND_CLUSTER_NAME, else kind's default name (kind/pkg/cluster DefaultName). */
function kindClusterName(env) {
    return env.KIND_CLUSTER_NAME || 'kind';
}
/** The labels kind puts on its node containers (kind/pkg/cluster/internal/providers/*). */
const KIND_CLUSTER_LABEL = 'io.x-k8s.kind.cluster';
const KIND_ROLE_LABEL = 'io.x-k8s.kind.role';
/**
 * kind's ListInternalNodes keeps the nodes whose role is control-plane or worker, leaving out
 * the external load balancer (and an external etcd): those run no containerd to import into.
 */
function isInternalNodeRole(role) {
    return role === 'control-plane' || role === 'worker';
}
/**
 * The engines to try, in order. KIND_EXPERIMENTAL_PROVIDER names one, as kind's own CLI reads it
 * (kind/pkg/internal/runtime/runtime.go; ko itself does not read it). Otherwise kind's detection
 * order (cluster.DetectNodeProvider: docker, nerdctl or finch, podman), of which the engine
 * module takes the first that answers. An unknown value is an error here (kind warns and ignores
 * it), so a typo does not quietly load into another engine.
 */
function kindEngines(env) {
    const chosen = env.KIND_EXPERIMENTAL_PROVIDER?.trim();
    if (!chosen)
        return ['docker', 'nerdctl', 'finch', 'podman'];
    const known = ['docker', 'podman', 'nerdctl', 'finch', 'nerdctl.lima'];
    const engine = known.find((k) => k === chosen);
    if (engine)
        return [engine];
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', `unknown KIND_EXPERIMENTAL_PROVIDER ${JSON.stringify(chosen)}`, {
        where: 'KIND_EXPERIMENTAL_PROVIDER',
        hint: `use one of ${known.join(', ')}, or unset it to use the first engine that answers`,
    });
}
/** `<engine> ps` listing every container (stopped ones too) of the cluster, one name a line. */
function listNodesArgs(cluster) {
    return [
        'ps',
        '-a',
        '--filter',
        `label=${KIND_CLUSTER_LABEL}=${cluster}`,
        '--format',
        '{{.Names}}',
    ];
}
/** `<engine> inspect` printing a node's role label. */
function nodeRoleArgs(node) {
    return ['inspect', '--format', `{{ index .Config.Labels "${KIND_ROLE_LABEL}"}}`, node];
}
/**
 * `<engine> exec` of a command in a node, as kind's nodes.Node runs it: privileged, and with `-i`
 * when the command reads stdin.
 */
function nodeExecArgs(node, command, stdin) {
    return ['exec', '--privileged', ...(stdin ? ['-i'] : []), node, ...command];
}
/** ko's import: a docker-archive tarball on stdin into the namespace the kubelet's CRI uses. */
const CTR_IMPORT = [
    'ctr',
    '--namespace=k8s.io',
    'images',
    'import',
    '--all-platforms',
    '-',
];
/** ko's tag of an imported image: `ctr images tag --force <src> <dst>`. */
function ctrTagArgs(src, dst) {
    return ['ctr', '--namespace=k8s.io', 'images', 'tag', '--force', src, dst];
}
/**
 * The name ko loads as, prints and returns: `<name>:<hex of the image's digest>`, a tag (the
 * digest of the image containerd stores differs: it writes its own manifest).
 */
function kindReference(name, digest) {
    return `${name}:${(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestHex */ .sU)(digest)}`;
}


/***/ }),

/***/ 5550:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ koReference),
/* harmony export */   _4: () => (/* binding */ isKoReference),
/* harmony export */   ug: () => (/* binding */ stripKoScheme)
/* harmony export */ });
/* unused harmony export koScheme */
// `ko://<import path>`: how ko names a Go package where an image reference would go (in YAML for
// resolve, in .ko.yaml keys, in import-paths). The one place that knows the scheme.
const koScheme = 'ko://';
function isKoReference(value) {
    return value.startsWith(koScheme);
}
/** The import path a reference names: `ko://` dropped when present (nothing else is changed). */
function stripKoScheme(ref) {
    return isKoReference(ref) ? ref.slice(koScheme.length) : ref;
}
/** `ko://<import path>`, as ko's builder records it (`created_by: ko build <ref>`). */
function koReference(importPath) {
    return `${koScheme}${stripKoScheme(importPath)}`;
}


/***/ }),

/***/ 5027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ loadKoConfig),
/* harmony export */   W: () => (/* binding */ findKoConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(17);
/* harmony import */ var _ko_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8168);
// Where ko looks for `.ko.yaml` (viper, docs/spec/ko-compat.md#71-config-file-lookup-viper) and
// loading it: the defaults (with KO_* overrides) when there is no file. The parser (ko-yaml-file.ts)
// is imported only when there is a file to read.




// viper v1.21's SupportedExts, in the order it tries them in a directory.
const viperExtensions = [
    'json',
    'toml',
    'yaml',
    'yml',
    'properties',
    'props',
    'prop',
    'hcl',
    'tfvars',
    'dotenv',
    'env',
    'ini',
];
// YAML is a superset of JSON, so one parser reads both.
const readableExtensions = new Set(['json', 'yaml', 'yml']);
/**
 * `config` input > KO_CONFIG_PATH > `.ko.<ext>` in working-directory (viper's order). A named
 * path must exist; a missing default file is fine (undefined).
 */
async function findKoConfig(opts) {
    const cwd = opts.cwd ?? process.cwd();
    const kind = async (p) => {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p)).catch(() => undefined);
        return !s ? 'missing' : s.isDirectory() ? 'directory' : 'file';
    };
    const named = opts.configInput?.trim()
        ? { path: opts.configInput.trim(), source: 'config' }
        : opts.env.KO_CONFIG_PATH
            ? { path: opts.env.KO_CONFIG_PATH, source: 'KO_CONFIG_PATH' }
            : undefined;
    if (named) {
        const what = named.source === 'config' ? 'the config input' : 'KO_CONFIG_PATH';
        const k = await kind(named.path);
        if (k === 'missing') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${what} names ${named.path}, which does not exist`, {
                where: named.source,
                hint: `paths are relative to ${cwd} (not to working-directory); point it at a .ko.yaml file or the directory holding one`,
            });
        }
        let path = named.path;
        if (k === 'directory') {
            const inDir = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, '.ko.yaml'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, '.ko.yml')];
            const found = [];
            for (const p of inDir)
                if ((await kind(p)) === 'file')
                    found.push(p);
            if (!found[0]) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${what} names the directory ${named.path}, which has no .ko.yaml`, {
                    where: named.source,
                    hint: 'add .ko.yaml there, or name the file itself',
                });
            }
            path = found[0];
        }
        checkFormat(path, named.source);
        return { path, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), 'utf8') };
    }
    for (const ext of viperExtensions) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.workingDirectory, `.ko.${ext}`);
        if ((await kind(path)) !== 'file')
            continue;
        checkFormat(path, path);
        return { path, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), 'utf8') };
    }
    return undefined;
}
/** ko would read TOML, dotenv or INI through viper; we read YAML and JSON only, and say so. */
function checkFormat(path, where) {
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).slice(1).toLowerCase();
    if (readableExtensions.has(ext) || !viperExtensions.includes(ext))
        return;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${path} is a .${ext} file; ko-action reads ko's configuration as YAML or JSON only`, {
        where,
        hint: 'convert it to .ko.yaml',
    });
}
/** findKoConfig then parseKoConfig; the defaults (with environment overrides) when there is no file. */
async function loadKoConfig(opts) {
    const found = await findKoConfig(opts);
    if (!found)
        return (0,_ko_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultKoConfig */ .ME)(opts.env);
    // The YAML parser loads only when there is a file to read (it is a tenth of a build's start-up).
    const { parseKoConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(222)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6222));
    return parseKoConfig(found.text, found.path, opts.env);
}


/***/ }),

/***/ 8168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ withEnvOverrides),
/* harmony export */   ME: () => (/* binding */ defaultKoConfig),
/* harmony export */   _P: () => (/* binding */ platformList),
/* harmony export */   fF: () => (/* binding */ baseImage),
/* harmony export */   qS: () => (/* binding */ defaultBaseImage)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1890);
/* harmony import */ var _oci_layout_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8387);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9310);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1569);





const defaultBaseImage = 'cgr.dev/chainguard/static:latest';
/** viper's AutomaticEnv: KO_<KEY> wins over the file; an empty variable counts as unset. */
function withEnvOverrides(config, env) {
    const fromEnv = (name) => {
        const raw = env[name];
        if (raw === undefined || raw.trim() === '')
            return undefined;
        return (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .splitFields */ .Kp)({ text: raw, where: name });
    };
    let { defaultBaseImage: base, defaultPlatforms: platforms, defaultEnv } = config;
    const envBase = env.KO_DEFAULTBASEIMAGE?.trim();
    if (envBase)
        base = baseImage({ text: envBase, where: 'KO_DEFAULTBASEIMAGE' }, 'KO_DEFAULTBASEIMAGE');
    const envPlatforms = fromEnv('KO_DEFAULTPLATFORMS');
    if (envPlatforms)
        platforms = platformList(envPlatforms, 'KO_DEFAULTPLATFORMS', 'KO_DEFAULTPLATFORMS');
    const envEnv = fromEnv('KO_DEFAULTENV');
    if (envEnv)
        defaultEnv = (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .envList */ .sl)(envEnv, 'KO_DEFAULTENV');
    return {
        ...config,
        defaultBaseImage: base,
        defaultPlatforms: platforms,
        defaultEnv,
        defaultFlags: fromEnv('KO_DEFAULTFLAGS') ?? config.defaultFlags,
        defaultLdflags: fromEnv('KO_DEFAULTLDFLAGS') ?? config.defaultLdflags,
    };
}
/** The configuration when there is no file: defaults and environment overrides only. */
function defaultKoConfig(env) {
    return withEnvOverrides({
        file: undefined,
        defaultBaseImage: { value: defaultBaseImage, where: 'default' },
        baseImageOverrides: new Map(),
        defaultPlatforms: undefined,
        defaultEnv: [],
        defaultFlags: [],
        defaultLdflags: [],
        builds: [],
        warnings: [],
    }, env);
}
/**
 * A base image: a reference ggcr would parse, or one of our extensions that the `base-image`
 * input also takes (`scratch`, `oci-layout:<dir>[:<tag>]`).
 */
function baseImage(s, key) {
    const layout = (0,_oci_layout_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLayoutReference */ .ZR)(s.text);
    if (s.text === 'scratch' || (layout && layout.dir !== ''))
        return { value: s.text, where: s.where };
    try {
        (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(s.text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('CONFIG', `${key}: ${err.message}`, {
            where: s.where,
            hint: 'write an image reference such as cgr.dev/chainguard/static:latest, or scratch',
        });
    }
    return { value: s.text, where: s.where };
}
/** Platforms as ko reads them, plus commas (ko would take `a,b` as one odd platform). */
function platformList(tokens, key, where) {
    const items = tokens.flatMap((t) => {
        let col = 0;
        return t.text.split(',').flatMap((part) => {
            const at = t.at && { ...t.at, column: t.at.column + col };
            col += part.length + 1;
            if (part === '')
                return [];
            return [
                at
                    ? { text: part, where: `${at.file}:${at.line}:${at.column}`, at }
                    : { text: part, where: t.where },
            ];
        });
    });
    if (items.length === 0)
        return undefined; // ko: an empty list leaves the default
    for (const item of items) {
        if (item.text === 'all') {
            if (items.length > 1) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('CONFIG', `${key}: "all" cannot be combined with other platforms`, {
                    where: item.where,
                    hint: 'use either all or a list of platforms',
                });
            }
            continue;
        }
        try {
            (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .validatePlatform */ .Ci)((0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .FL)(item.text, item.where), item.where);
        }
        catch (err) {
            const e = err;
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('CONFIG', `${key}: ${e.message}`, e.hint ? { where: item.where, hint: e.hint } : { where: item.where });
        }
    }
    return { value: items.map((i) => i.text), where };
}
// ---------------------------------------------------------------------------------------------
// Finding the file


/***/ }),

/***/ 1104:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ kocacheFromEnv)
/* harmony export */ });
function kocacheFromEnv(env) {
    return env.KOCACHE?.trim() || undefined;
}


/***/ }),

/***/ 6553:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ imageToLoad),
/* harmony export */   m: () => (/* binding */ isLocalRepo)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _daemon_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9537);
/* harmony import */ var _kind_repo_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(555);



/** A repo ko loads into the local engine or kind's nodes, not a registry's: no credentials, no SBOM. */
function isLocalRepo(repo) {
    return (0,_daemon_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .isDaemonRepo */ .G)(repo) || (0,_kind_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .isKindRepo */ .FB)(repo);
}
/** The image to load into `into` (`the daemon`, `the kind nodes`), as ko picks it. */
function imageToLoad(artifact, env, into) {
    if (artifact.kind === 'image')
        return artifact;
    const os = env.GOOS || 'linux';
    const arch = env.GOARCH || 'amd64';
    const match = artifact.children.find((c) => c.platform?.os === os && c.platform.architecture === arch);
    if (match)
        return match;
    const built = artifact.children.map((c) => c.platform ? `${c.platform.os}/${c.platform.architecture}` : 'unknown');
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `no ${os}/${arch} image in the index to load into ${into}`, {
        where: 'platforms',
        hint: `it holds ${built.join(', ') || 'no images'}; build ${os}/${arch}, or set GOOS/GOARCH to the platform of ${into}`,
    });
}


/***/ }),

/***/ 6572:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ parseNamingMode),
/* harmony export */   aZ: () => (/* binding */ printedReference),
/* harmony export */   bA: () => (/* binding */ checkTagOnly),
/* harmony export */   pL: () => (/* binding */ namingImportPath),
/* harmony export */   tO: () => (/* binding */ imageName),
/* harmony export */   wH: () => (/* binding */ normaliseTags)
/* harmony export */ });
/* unused harmony exports LATEST_TAG, cleanPath, joinPath, basePath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);
/* harmony import */ var _ko_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5550);
// Image names, tags and printed references as ko makes them (docs/spec/ko-compat.md#6-naming-tags-and-printed-references): the namers of
// pkg/commands/options/publish.go, tag handling of resolver.go, and the references each
// publisher returns.



const NAMING_MODES = [
    'md5',
    'preserve-import-paths',
    'base-import-paths',
    'bare',
];
const LATEST_TAG = 'latest';
const TAG_CHARS = /^[A-Za-z0-9_.-]{1,128}$/;
/** Reads the `naming` input. */
function parseNamingMode(value) {
    const v = value.trim() || 'md5';
    if (NAMING_MODES.includes(v))
        return v;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', `unknown naming mode "${value}"`, {
        where: 'naming',
        hint: `use one of ${NAMING_MODES.join(', ')}`,
    });
}
/** Go's path.Clean. */
function cleanPath(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
        }
        else
            out.push(part);
    }
    const joined = out.join('/');
    return rooted ? `/${joined}` : joined || '.';
}
/** Go's path.Join: non-empty elements joined by "/", then cleaned; "" when all are empty. */
function joinPath(...elems) {
    const parts = elems.filter((e) => e !== '');
    return parts.length === 0 ? '' : cleanPath(parts.join('/'));
}
/** Go's path.Base. */
function basePath(p) {
    if (p === '')
        return '.';
    const trimmed = p.replace(/\/+$/, '');
    if (trimmed === '')
        return '/';
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
/**
 * The import path the publishers name images after: `ko://` removed and lowercased (registry,
 * daemon and tarball publishers lowercase; ko's --push=false path does not, see docs/spec/ko-compat.md#63-printed-reference-stdout-of-ko-build-value-substituted-by-resolve).
 */
function namingImportPath(ref, lowercase = true) {
    const ip = (0,_ko_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .stripKoScheme */ .ug)(ref);
    return lowercase ? ip.toLowerCase() : ip;
}
/** ko's namers: `repo` is KO_DOCKER_REPO, `importPath` as returned by namingImportPath. */
function imageName(repo, importPath, mode) {
    switch (mode) {
        case 'preserve-import-paths':
            return joinPath(repo, importPath);
        case 'base-import-paths':
            return joinPath(repo, basePath(importPath));
        case 'bare':
            return repo;
        case 'md5': {
            const md5 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(importPath, 'utf8').digest('hex');
            return joinPath(repo, `${basePath(importPath)}-${md5}`);
        }
    }
}
/** Validates tags (ggcr: 1–128 of `[A-Za-z0-9_.-]`) and drops repeats, keeping first positions. */
function normaliseTags(tags) {
    const out = [];
    for (const tag of tags) {
        if (!TAG_CHARS.test(tag)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', `invalid tag "${tag}"`, {
                where: 'tags',
                hint: 'a tag is 1 to 128 characters of letters, digits, "_", "." and "-"',
            });
        }
        if (!out.includes(tag))
            out.push(tag);
    }
    if (out.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'no tags given', {
            where: 'tags',
            hint: 'leave `tags` unset for "latest"',
        });
    }
    return out;
}
/** ko's --tag-only rule: exactly one tag, and not `latest`. */
function checkTagOnly(tags) {
    if (tags.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'must specify exactly one tag to resolve images into tag-only references', { where: 'tags' });
    }
    if (tags[0] === LATEST_TAG) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'latest tag cannot be used in tag-only references', {
            where: 'tags',
            hint: 'give one tag other than latest',
        });
    }
}
/** The reference `ko build` prints (and `resolve` substitutes) for one image or index (docs/spec/ko-compat.md#63-printed-reference-stdout-of-ko-build-value-substituted-by-resolve). */
function printedReference(opts) {
    switch (opts.publisher) {
        case 'registry':
            if (opts.tagOnly) {
                checkTagOnly(opts.tags);
                return `${opts.name}:${opts.tags[0]}`;
            }
            if (opts.tags.length === 1 && opts.tags[0] !== LATEST_TAG) {
                return `${opts.name}:${opts.tags[0]}@${opts.digest}`;
            }
            return `${opts.name}@${opts.digest}`;
        case 'none': {
            const tag = opts.tags[0];
            if (opts.tagOnly) {
                if (tag === undefined) {
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'must specify tag if requesting tag only', {
                        where: 'tags',
                    });
                }
                return `${opts.name}:${tag}`;
            }
            return tag === undefined
                ? `${opts.name}@${opts.digest}`
                : `${opts.name}:${tag}@${opts.digest}`;
        }
        case 'layout':
            return `${opts.layoutPath}@${opts.digest}`;
        case 'daemon':
            return `${opts.name}:${opts.digest.slice('sha256:'.length)}`;
    }
}


/***/ }),

/***/ 8825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   VR: () => (/* binding */ DigestCounter),
/* harmony export */   sU: () => (/* binding */ digestHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const digestPattern = /^sha256:[0-9a-f]{64}$/;
function isDigest(s) {
    return digestPattern.test(s);
}
function sha256(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
/** A streaming sha256 that also counts bytes. */
class DigestCounter {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    update(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}
/** The hex part of a digest (`sha256:abc` → `abc`). */
function digestHex(d) {
    return d.slice('sha256:'.length);
}


/***/ }),

/***/ 2438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sv: () => (/* binding */ compressionId),
  kU: () => (/* binding */ createLayerGzip),
  wV: () => (/* binding */ gzipLayerBuffer),
  OK: () => (/* binding */ isLayerCompression)
});

// UNUSED EXPORTS: createParallelGzip

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/oci/go-flate/wasm/best-speed-go126.wasm.ts
// Generated by scripts/build-go-flate-wasm.mjs from best_speed_go126.c (Debian clang version 14.0.6).
// Do not edit: change the C and rerun the script.
/**
 * sha256 of the C source this module was built from (a unit test checks it is current).
 * @internal
 */
const sourceSha256 = '3370df88b1c5ebf2cd089cc3712220d49c26d78617dc2b03606178fbdec65920';
const wasmBase64 = 'AGFzbQEAAAABJAdgAABgBH9/f38AYAF/AGAAAX9gAn9/AGADf39/AGACf38BfwMREAABAgMDAgMDAAIEAgUGBQAEBQFwAQEB' +
    'BQQBASAgBggBfwFB0Ns0Cwd7CgZtZW1vcnkCAARpbml0AAAKd2luZG93X3B0cgADDmdldF93aW5kb3dfZW5kAAQOc2V0X3dp' +
    'bmRvd19lbmQABQdvdXRfcHRyAAYHb3V0X2xlbgAHCW91dF9yZXNldAAICWVuY19zcGVlZAAJDGNsb3NlX3N0cmVhbQAPCvBb' +
    'ELYDAQZ/I4CAgIAAQYABayIAJICAgIAAQQAhAUEAIQIDQCABQQFqIgNBHSADQR1LG0F/aiEEIAFBAnRBhIiAgABqIQMCQANA' +
    'AkAgBCABRw0AIAQhAQwCCyABQQFqIQEgAygCACEFIANBBGohAyAFIAJNDQALIAFBf2ohAQsgAkHgkayAAGogAToAACACQQFq' +
    'IgJBgAJHDQALQQAhA0EAIQQDQCADQX9qIQUgA0ECdEGEiYCAAGohAgNAIAIiAUEEaiECIAUiA0EBaiEFIAEoAgAgBE0NAAsg' +
    'BEHgk6yAAGogBToAACAEQQFyIQIDQCADQQFqIQMgASgCACEFIAFBBGohASAFIAJNDQALIAJB4JOsgABqIAM6AAAgBEECaiIE' +
    'QYACRw0AC0HgioCAAEEAQYCABPwLAEHgioSAAEEAQYCABPwLAEEAQf//AzYC5IqIgABBAEIANwPwioiAAEEAQQA2AuCKiIAA' +
    'QQBBADYC6IqIgABBAEEANgLsioiAAEEAQQA2AviKiIAAIABBAEH4APwLACAAQQE2AgBB/IqIgAAgAEEeQQ8QgYCAgAAgAEGA' +
    'AWokgICAgAALohgFAX8CfgJ/AX4JfyOAgICAAEGACmsiBCSAgICAAAJAIAJBAUgNACACrSIFQgGDIQYCQAJAIAJBAUcNAEEA' +
    'IQdCACEFDAELIABBvQRqIQggBUL+////D4MhCUIAIQUgASECQQAhBwNAAkACQCACKAIAIgpFDQAgB0EDdEHglayAAGogCq1C' +
    'EIYgBYQ3AwAgB0EBaiEHDAELIAhBf2pBADoAAAsCQAJAIAJBBGooAgAiCkUNACAHQQN0QeCVrIAAaiAKrUIQhiAFQgF8hDcD' +
    'ACAHQQFqIQcMAQsgCEEAOgAACyACQQhqIQIgCEECaiEIIAkgBUICfCIFUg0ACwsCQCAGUA0AAkAgASAFpyIIQQJ0aigCACIC' +
    'RQ0AIAdBA3RB4JWsgABqIAKtQhCGIAWENwMAIAdBAWohBwwBCyAAIAhqQbwEakEAOgAACwJAIAdBAkoNACAHQQBMDQEgAEEA' +
    'LwHglayAACICQQF0akEAOwEAIAAgAmpBvARqQQE6AAAgB0EBRg0BIABBAC8B6JWsgAAiAkEBdGpBATsBACAAIAJqQbwEakEB' +
    'OgAADAELIAcQgoCAgAAgB0F+cSEKIAdBAXEhAUHglayAACEIQQAhAgNAIAJB4LCsgABqIAgpAwAiBUIQiD4CACACQeCnrIAA' +
    'aiAFp0H//wNxNgIAIAJB5LCsgABqIAhBCGopAwAiBUIQiD4CACACQeSnrIAAaiAFp0H//wNxNgIAIAJBCGohAiAIQRBqIQgg' +
    'CkF+aiIKDQALAkAgAUUNACACQeCwrIAAaiAIKQMAIgVCEIg+AgAgAkHgp6yAAGogBadB//8DcTYCAAsgBEHACWpBEGpCADcD' +
    'ACAEQcAJakEYakIANwMAIARBwAlqQSBqQgA3AwAgBEHACWpBKGpCADcDACAEQcAJakEwakIANwMAIARBwAlqQThqQgA3AwAg' +
    'BEGACWpBEGpCADcDACAEQYAJakEYakIANwMAIARBgAlqQSBqQgA3AwAgBEGACWpBKGpCADcDACAEQYAJakEwakIANwMAIARB' +
    'gAlqQThqQgA3AwAgBEIANwPACSAEQgA3A8gJIARCADcDgAkgBEIANwOICSAEQcAIakE4akIANwMAIARBwAhqQTBqQgA3AwAg' +
    'BEHACGpBKGpCADcDACAEQcAIakEgakIANwMAIARBwAhqQRhqQgA3AwAgBEHACGpBEGpCADcDACAEQYAIakEQakIANwMAIARB' +
    'gAhqQRhqQgA3AwAgBEGACGpBIGpCADcDACAEQYAIakEoakIANwMAIARBgAhqQTBqQgA3AwAgBEGACGpBOGpCADcDACAEQgA3' +
    'A8gIIARCADcDwAggBEIANwOACCAEQgA3A4gIIARBAEGACPwLACAHQQJ0QeCwrIAAakH/////BzYCAAJAIAMgB0F/aiAHIANK' +
    'GyILQQFIDQAgBEHEAGpBAjYCACAEQf////8HNgLECCAEQQAoAuSwrIAAIgo2AsQJIARBACgC6LCsgAAiATYChAkgC0EBRg0A' +
    'QQAoAuCwrIAAIApqIQMgC0F/aiIIQQFxIQxBAiECAkAgC0ECRg0AIAhBfnEhDSAEQcwBaiEIQQAhAkEAIQ4DQCAIQQI2AgAg' +
    'CEG8f2pBAjYCACAEQYAJaiACaiIPQQhqIAE2AgAgBEHACWogAmoiEEEIaiAKNgIAIARBwAhqIAJqIhFBCGogAzYCACAQQQxq' +
    'IAo2AgAgD0EMaiABNgIAIBFBDGogAzYCACAIQYgBaiEIIAJBCGohAiANIA5BAmoiDkcNAAsgDkECaiECCyAMRQ0AIARBgAlq' +
    'IAJBAnQiCGogATYCACAEQcAJaiAIaiAKNgIAIARBwAhqIAhqIAM2AgAgBCACQQZ0aiAIakECNgIACyAEQYAIaiALQQJ0aiAH' +
    'QQF0QXxqNgIAIARBgAhqQXxqIQ0gBEFAaiEMIARBDHIhEiALIQgDQCAEQYAJaiAIQQJ0IgNqIgooAgAhAgJAAkAgBEHACGog' +
    'A2ooAgAiD0H/////B0cNACACQf////8HRw0AIARBgAhqIANqQQA2AgBB/////wchAgwBCyAEQcAJaiADaiIBKAIAIRACQAJA' +
    'IAIgD04NACABIAI2AgAgBCAIQQZ0aiADaiIBIAEoAgBBAWoiATYCACAKIAFBAnRB4LCsgABqKAIANgIAIAIhDwwBCyABIA82' +
    'AgAgCEF/aiERAkAgCEEBSA0AIAhBA3EhCkEAIQICQCARQQNJDQAgEiAIQQZ0aiECQQAhAUEAIAhBfHFrIQ4DQCACQXRqIAJB' +
    'tH9qKQMANwMAIAJBfGogAkG8f2opAwA3AwAgAkEQaiECIA4gAUF8aiIBRw0AC0EAIAFrIQILIApFDQAgDCACIAhBBHRqQQJ0' +
    'aiECA0AgAkHAAGogAigCADYCACACQQRqIQIgCkF/aiIKDQALCyAEQYAIaiARQQJ0akECNgIACyAEQYAIaiADaiICIAIoAgBB' +
    'f2oiAjYCAAJAIAJFDQAgCEEBaiEIIA0gA2ohAgNAIAhBf2ohCCACKAIAIQogAkF8aiECIApBAEoNAAwDCwsCQCAIIAtGDQAg' +
    'DyAQaiECDAELAkAgBCALQQZ0aiALQQJ0aigCACAHRw0AQeC5rIAAQQBBxAD8CwBBASEIAkAgC0EBSA0AIAtBA3EhASAHIQog' +
    'CyECAkAgC0F/akEDSQ0AIAtBfHEhDyALQcQAbCAEakFwaiECQQAhA0HwuayAACEIIAchCgNAIAhBdGogCiACQQxqKAIAIg5r' +
    'NgIAIAhBeGogDiACQQhqKAIAIgprNgIAIAhBfGogCiACQQRqKAIAIg5rNgIAIAggDiACKAIAIgprNgIAIAhBEGohCCACQXBq' +
    'IQIgDyADQQRqIgNHDQALIANBAWohCCALIANrIQILIAFFDQAgAkECdCAEIAtBBnRqakF8aiECIAhBAnRB4LmsgABqIQgDQCAI' +
    'IAogAigCACIDazYCACAIQQRqIQggAkF8aiECIAMhCiABQX9qIgENAAsLIAtBAEgNA0EAIRFBACEDQQAhCgNAIApBAXRB/v8D' +
    'cSEKAkAgA0UNACARRQ0AAkACQCARQQBKDQAgERCCgICAAAwBCyARQQNxIQFBACEOAkAgEUF/aiIQQQNJDQAgEUF8cSEPIAcg' +
    'EWtBAnRB6KesgABqIQJBACEOQeCVrIAAIQgDQCAIQRBqIAI0AgA3AwAgCCACQXhqNAIANwMAIAhBCGogAkF8ajQCADcDACAI' +
    'QRhqIAJBBGo0AgA3AwAgCEEgaiEIIAJBEGohAiAPIA5BBGoiDkcNAAsLAkAgAUUNACAOQQN0QeCVrIAAaiECIAcgDmogEWtB' +
    'AnRB4KesgABqIQgDQCACIAg0AgA3AwAgCEEEaiEIIAJBCGohAiABQX9qIgENAAsLIBEQgoCAgAAgEUEBSA0AIBFBAXEhDEEQ' +
    'IANrIQECQAJAIBANAEEAIQgMAQsgEUF+cSENQQAhCEHglayAACECA0AgACACKAIAIg5BAXRqIAogAXQiD0EIdCAPQYD+A3FB' +
    'CHZyIg9BBHZBjx5xIA9Bjx5xQQR0ciIPQQJ2QbPmAHEgD0Gz5gBxQQJ0ciIPQQF2QdWqAXEgD0HVqgFxQQF0cjsBACAOIABB' +
    'vARqIg9qIAM6AAAgACACQQhqKAIAIg5BAXRqIApBAWogAXQiEEEIdCAQQYD+A3FBCHZyIhBBBHZBjx5xIBBBjx5xQQR0ciIQ' +
    'QQJ2QbPmAHEgEEGz5gBxQQJ0ciIQQQF2QdWqAXEgEEHVqgFxQQF0cjsBACAPIA5qIAM6AAAgAkEQaiECIApBAmpB//8DcSEK' +
    'IA0gCEECaiIIRw0ACwsgDEUNACAAIAhBA3RB4JWsgABqKAIAIgJBAXRqIAogAXQiCEEIdCAIQYD+A3FBCHZyIghBBHZBjx5x' +
    'IAhBjx5xQQR0ciIIQQJ2QbPmAHEgCEGz5gBxQQJ0ciIIQQF2QdWqAXEgCEHVqgFxQQF0cjsBACAAIAJqQbwEaiADOgAAIApB' +
    'AWpB//8DcSEKCyAHIBFrIQcLIAMgC0YNBCADQQFqIgNBAnRB4LmsgABqKAIAIREMAAsLAAALIARBwAhqIAhBAWoiCEECdGog' +
    'AjYCAAwACwsgBEGACmokgICAgAALtAMCBX8CfgJAIABBAkgNACAAQQF2IQEDQCABIgJBf2oiASEDAkAgAUEBdCIEQQFyIgUg' +
    'AE4NAANAAkACQCAEQQJqIgQgAEgNACAFIQUMAQsgBCAFIAVBA3RB4JWsgABqKQMAIARBA3RB4JWsgABqKQMAVBshBQsgA0ED' +
    'dEHglayAAGoiAykDACIGIAVBA3RB4JWsgABqIgQpAwAiB1oNASADIAc3AwAgBCAGNwMAIAUhAyAFQQF0IgRBAXIiBSAASA0A' +
    'CwsgAkECTg0ACyAAQQJIDQADQEEAKQPglayAACEGQQAgACIBQX9qIgBBA3RB4JWsgABqIgUpAwA3A+CVrIAAIAUgBjcDAAJA' +
    'IAFBA0gNAEEAIQNBASEFQQAhBANAAkACQCADQQJqIgMgAEgNACAFIQUMAQsgAyAFIAVBA3RB4JWsgABqKQMAIANBA3RB4JWs' +
    'gABqKQMAVBshBQsgBEEDdEHglayAAGoiAykDACIGIAVBA3RB4JWsgABqIgQpAwAiB1oNASADIAc3AwAgBCAGNwMAIAUhBCAF' +
    'QQF0IgNBAXIiBSAASA0ACwsgAUECSg0ACwsLCABB4JGIgAALCwBBACgC6IqIgAALDQBBACAANgLoioiAAAsIAEHgkYyAAAsL' +
    'AEEAKALsioiAAAsNAEEAQQA2AuyKiIAAC8seBAN/AX4QfwF+I4CAgIAAQRBrIgEkgICAgAACQAJAQQAoAuiKiIAAIgJB/v8D' +
    'Sg0AIABFDQEgAkH/AEoNACACRQ0BAkACQCACQRBKDQAgAkEAEIqAgIAAQQAoAuyKiIAAIQMCQEEAKAL4ioiAACIARQ0AQQAp' +
    'A/CKiIAAIQQDQCADQeCRjIAAaiAEPAAAIARCCIghBCADQQFqIQMgAEEISyEFQQAgAEF4aiIGIAYgAEsbIgYhACAFDQALQQAg' +
    'BjYC+IqIgAALQQBCADcD8IqIgAAgA0HgkYyAAGpB4JGIgAAgAvwKAABBACADIAJqNgLsioiAAAwBCyACEIuAgIAAC0EAQQAo' +
    'AuSKiIAAIgBBgIACajYC5IqIgABBAEEANgLgioiAAEEAQQA2AuiKiIAAIABBgYD2/wdIDQFB4IqAgABBAEGAgAT8CwBB4IqE' +
    'gABBAEGAgAT8CwBBAEGBgAI2AuSKiIAADAELQQAoAuCKiIAAIQcCQAJAQQAoAuSKiIAAIghBgYD4/wdIDQACQCAHRQ0AQYCA' +
    'fCEAA0AgAEHgioiAAGoiAyADKAIAIAhrIgNB//99IANB//99ShtBgYACajYCACAAQeSKiIAAaiIDIAMoAgAgCGsiA0H//30g' +
    'A0H//31KG0GBgAJqNgIAIABBCGoiAA0AC0GBgAIhCCACQRBKDQFBACEAQQBBgIAGNgLkioiAAEEAQQA2AuCKiIAAIAIhCSAC' +
    'QQFIDQIgAkEDcSEFAkAgAkF/akEDSQ0AIAJBfHEhBkEAIQBB4JGcgAAhAwNAIAMgAEHgkYiAAGotAAA2AgAgA0EEaiAAQeGR' +
    'iIAAai0AADYCACADQQhqIABB4pGIgABqLQAANgIAIANBDGogAEHjkYiAAGotAAA2AgAgA0EQaiEDIAYgAEEEaiIARw0ACwsg' +
    'AiEJIAVFDQIgAEHgkYiAAGohAyAAQQJ0QeCRnIAAaiEAA0AgACADLQAANgIAIANBAWohAyAAQQRqIQAgBUF/aiIFDQALIAIh' +
    'CQwCC0EAIQdB4IqAgABBAEGAgAT8CwBB4IqEgABBAEGAgAT8CwBBgYACIQgLIAJBcWohCkHgkYiAACAIa0EEaiELIAcgCGtB' +
    '9NSsgABqIQxBACEGQQAoAuCRiIAAIg1B/wFxIQ5BACEFQQAhCQNAQSAhDwJAA0AgDSEDIA9BBXUiDSAGIhBqIgYgCkoNASAD' +
    'Qb3P1vEBbEESdkECdCIAQeCKgIAAaiIRKAIAIRIgESADNgIAIABB4IqEgABqIhEoAgAhACARIBAgCGoiEzYCACANIA9qIQ8g' +
    'BkHgkYiAAGooAAAhDSATIABrQYCAAkoNACADIBJHDQALAkAgECAFTA0AIBAgBUF/c2ohDwJAIBAgBWtBA3EiBkUNACAJQQJ0' +
    'QeCRnIAAaiEDA0AgAyAFQeCRiIAAai0AADYCACADQQRqIQMgBUEBaiEFIAlBAWohCSAGQX9qIgYNAAsLIA9BA0kNACAQIAVr' +
    'IQ0gCUECdEHgkZyAAGohA0EAIQ8DQCADIAUgD2oiBkHgkYiAAGotAAA2AgAgA0EEaiAGQeGRiIAAai0AADYCACADQQhqIAZB' +
    '4pGIgABqLQAANgIAIANBDGogBkHjkYiAAGotAAA2AgAgA0EQaiEDIA0gD0EEaiIPRw0ACyAJIA9qIQkLA0AgAiAQQYICaiID' +
    'IAMgAkobIQ8gEEEEaiEUIAAgCGsiEkEEaiETAkACQCASQXxIDQAgEEHkkYiAAGohDSALIABqIREgDyAUayEDQQAhAANAAkAg' +
    'AEEIaiIFIANMDQAgACADTg0DA0ACQCANIABqLQAAIBMgAGpB4JGIgABqLQAARg0AIAAhAwwFCyAAQQFqIgAgA0gNAAwECwsg' +
    'ESAAaiEGIA0gAGohDyAFIQAgDykAACIEIAYpAAAiFVENAAsgFSAEhXqnQQN2IAVqQXhqIQMMAQtBACEDIBMgB2pBAEgNAAJA' +
    'QXwgEmsiAyAPIBRrIgUgBSADShsiBUEBSA0AIBBB5JGIgABqIQYgDCAAaiEAQQAhAwNAIAYgA2otAAAgACADai0AAEcNAiAF' +
    'IANBAWoiA0cNAAsLAkAgDyAFIBRqIgNHDQAgBSEDDAELAkAgDyADayIRQQFIDQBBACEAAkACQCADQeCRiIAAai0AACAORw0A' +
    'IBAgBWpB5ZGIgABqIQ0gDyAQayAFa0F7aiEPQQAhAANAIA8gAEYNAyAAQeGRiIAAaiEDIA0gAGohBiAAQQFqIQAgBi0AACAD' +
    'LQAARg0ACyAAIBFODQELIAAhEQsgESAFaiEDDAELIBEgBWohAwsgCUECdEHgkZyAAGogECASQX9zaiADQRZ0akGAgICCBGo2' +
    'AgAgCUEBaiEJAkAgAyAUaiIQIApIDQAgECEFDAILIBBB35GIgABqKQAAIgSnIgBBvc/W8QFsQRB2Qfz/A3EiBUHgioSAAGog' +
    'ECAIaiIDQX9qNgIAIAVB4IqAgABqIAA2AgAgBEIIiKciBUG9z9bxAWxBEHZB/P8DcSIGQeCKhIAAaiIPKAIAIQAgDyADNgIA' +
    'IAZB4IqAgABqIgYoAgAhDyAGIAU2AgACQCADIABrQYCAAkoNACAPIAVGDQELCyAQQQFqIQYgBEIQiKchDSAQIQUMAQsLAkAg' +
    'AiAFTA0AIAIgBUF/c2ohBgJAIAIgBWtBA3EiA0UNACAJQQJ0QeCRnIAAaiEAA0AgACAFQeCRiIAAai0AADYCACAAQQRqIQAg' +
    'BUEBaiEFIAlBAWohCSADQX9qIgMNAAsLIAZBA0kNACACIAVrIQ8gCUECdEHgkZyAAGohAEEAIQYDQCAAIAUgBmoiA0HgkYiA' +
    'AGotAAA2AgAgAEEEaiADQeGRiIAAai0AADYCACAAQQhqIANB4pGIgABqLQAANgIAIABBDGogA0HjkYiAAGotAAA2AgAgAEEQ' +
    'aiEAIA8gBkEEaiIGRw0ACyAJIAZqIQkLQQAgCCACajYC5IqIgABB8NSsgABB4JGIgAAgAvwKAABBACACNgLgioiAAAsCQAJA' +
    'IAkgAiACQQR1a0wNACACEIuAgIAADAELQeCRnIAAIQAgCUECdEHgkZyAAGpBgAI2AgBBsLqsgABBAEH4CPwLAEGww6yAAEEA' +
    'QfgA/AsAAkAgCUEASA0AIAlBAWohBQNAAkACQCAAKAIAIgNB/////wNLDQAgA0ECdEGwuqyAAGohAwwBCyADQYCAgIB8akEW' +
    'dkHgkayAAGotAABBAnRBtMKsgABqIgYgBigCAEEBajYCAAJAAkAgA0H///8BcSIDQf8BSw0AIANB4JOsgABqLQAAIQMMAQsC' +
    'QCADQf//AUsNACADQQd2QeCTrIAAai0AAEEOaiEDDAELIANBDnZB4JOsgABqLQAAQRxqIQMLIANBAnRBsMOsgABqIQMLIAMg' +
    'AygCAEEBajYCACAAQQRqIQAgBUF/aiIFDQALC0GfAiEDQaTDrIAAIQADQCADQX9qIQMgACgCACEFIABBfGohACAFRQ0AC0Ef' +
    'IQVBmMSsgAAhAAJAAkACQAJAA0AgAEEMaigCAA0DIABBCGooAgANAQJAIAVBA0YNACAAQQRqKAIADQMgBUF8aiEFIAAoAgAh' +
    'BiAAQXBqIQAgBkUNAQwFCwtBASEFQQBBATYCsMOsgAAMAwsgBUF+aiEFDAILIAVBfWohBQwBCyAFQX9qIQULQajErIAAQbC6' +
    'rIAAQZ4CQQ8QgYCAgABB8NSwgABBsMOsgABBHkEPEIGAgIAAIAMgBUHw1LCAABCMgICAAEGCy6yAAEHg0ayAAEETQQcQgYCA' +
    'gABB8NSwgAAgAUEMahCNgICAACEAAkAgAkH//wNKDQAgAkEDdEEoaiAAQQR1IABqTg0AIAJBABCKgICAAEEAKALsioiAACED' +
    'AkBBACgC+IqIgAAiAEUNAEEAKQPwioiAACEEA0AgA0HgkYyAAGogBDwAACAEQgiIIQQgA0EBaiEDIABBCEshBUEAIABBeGoi' +
    'BiAGIABLGyIGIQAgBQ0AC0EAIAY2AviKiIAAC0EAQgA3A/CKiIAAIANB4JGMgABqQeCRiIAAIAL8CgAAQQAgAyACajYC7IqI' +
    'gAAMAQsgAyAFIAEoAgwQjoCAgAAgCUEASA0AIAlBAWohEEEAKAL4ioiAACEAQQApA/CKiIAAIQRBACgC7IqIgAAhD0HgkZyA' +
    'ACEDA0ACQAJAAkAgAygCACIFQf////8DSw0AQQAgACAFQeTIrIAAai0AAGoiBjYC+IqIgABBACAFQQF0QajErIAAajMBACAA' +
    'rYYgBIQiBDcD8IqIgAAgBiEAIAZBH0sNAQwCCyAFQYCAgIB8akEWdiIRQeCRrIAAai0AACINQQF0QarIrIAAajMBACAArYYg' +
    'BIQhBAJAAkAgACANQeXKrIAAai0AAGoiBkEgTw0AIA8hAAwBC0EAIA9BBGoiADYC7IqIgAAgD0HgkYyAAGogBD4AACAGQWBq' +
    'IQYgBEIgiCEECwJAAkAgDUFkakFsTw0AIAAhEQwBCyARIA1BAnRBgIiAgABqKAIAa60gBq2GIASEIQQCQCAGIA1BoIqAgABq' +
    'LQAAaiIGQSBPDQAgACERDAELQQAgAEEEaiIRNgLsioiAACAAQeCRjIAAaiAEPgAAIAZBYGohBiAEQiCIIQQLAkACQCAFQf//' +
    '/wFxIg1B/wFLDQAgDUHgk6yAAGotAAAhBQwBCwJAIA1B//8BSw0AIA1BB3ZB4JOsgABqLQAAQQ5qIQUMAQsgDUEOdkHgk6yA' +
    'AGotAABBHGohBQtBACAGIAVBrNmwgABqLQAAaiIANgL4ioiAAEEAIAVBAXRB8NSwgABqMwEAIAathiAEhCIENwPwioiAAAJA' +
    'AkAgAEEgTw0AIBEhDwwBC0EAIBFBBGoiDzYC7IqIgAAgEUHgkYyAAGogBD4AAEEAIARCIIgiBDcD8IqIgABBACAAQWBqIgA2' +
    'AviKiIAACyAFQQRJDQFBACAAIAVBwIqAgABqLQAAaiIGNgL4ioiAAEEAIA0gBUECdEGAiYCAAGooAgBrrSAArYYgBIQiBDcD' +
    '8IqIgAAgBiEAIAZBIEkNAQtBACAPQQRqIgU2AuyKiIAAIA9B4JGMgABqIAQ+AABBACAEQiCIIgQ3A/CKiIAAQQAgBkFgaiIA' +
    'NgL4ioiAACAFIQ8LIANBBGohAyAQQX9qIhANAAsLQQBBADYC6IqIgAALIAFBEGokgICAgAALmwMDAn8CfgF/QQAhAiABQQBH' +
    'rUEAKAL4ioiAACIDrYZBACkD8IqIgACEIQQCQAJAIANBA2oiAUEgTw0AIAQhBQwBC0EAIARCIIgiBTcD8IqIgABBACgC7IqI' +
    'gAAiAUHgkYyAAGogBD4AAEEAIAFBBGo2AuyKiIAAIANBY2ohAQsCQCABRQ0AQQAoAuyKiIAAIQMDQCADQeCRjIAAaiAFPAAA' +
    'IAVCCIghBSADQQFqIQMgAUEISyEGQQAgAUF4aiICIAIgAUsbIgIhASAGDQALQQAgAzYC7IqIgAALIACtIAKthiEFAkAgAkEQ' +
    'aiIBQSBJDQBBACgC7IqIgAAiAUHgkYyAAGogBT4AAEEAIAFBBGo2AuyKiIAAIAJBcGohASAFQiCIIQULQQAgAUEQajYC+IqI' +
    'gABBACAAQX9zQf//A3GtIAGthiAFhCIFNwPwioiAAAJAIAFBEEkNAEEAIAVCIIg3A/CKiIAAQQAgAUFwajYC+IqIgABBACgC' +
    '7IqIgAAiAUHgkYyAAGogBT4AAEEAIAFBBGo2AuyKiIAACwuVBwIFfwF+I4CAgIAAQRBrIgEkgICAgABBsLqsgABBAEH4CPwL' +
    'AAJAIABBAUgNACAAQQNxIQJBACEDAkAgAEF/akEDSQ0AIABBfHEhBEEAIQMDQCADQeCRiIAAai0AAEECdEGwuqyAAGoiBSAF' +
    'KAIAQQFqNgIAIANB4ZGIgABqLQAAQQJ0QbC6rIAAaiIFIAUoAgBBAWo2AgAgA0HikYiAAGotAABBAnRBsLqsgABqIgUgBSgC' +
    'AEEBajYCACADQeORiIAAai0AAEECdEGwuqyAAGoiBSAFKAIAQQFqNgIAIAQgA0EEaiIDRw0ACwsgAkUNACADQeCRiIAAaiED' +
    'A0AgAy0AAEECdEGwuqyAAGoiBSAFKAIAQQFqNgIAIANBAWohAyACQX9qIgINAAsLQQBBATYCsMOsgABBAEEBNgKwwqyAAEGo' +
    'xKyAAEGwuqyAAEGeAkEPEIGAgIAAQYECQQFB/IqIgAAQjICAgABBgsusgABB4NGsgABBE0EHEIGAgIAAQfyKiIAAIAFBDGoQ' +
    'jYCAgAAhAwJAAkAgAEH//wNKDQAgAEEDdEEoaiADQQR1IANqTg0AIABBABCKgICAAEEAKALsioiAACECAkBBACgC+IqIgAAi' +
    'A0UNAEEAKQPwioiAACEGA0AgAkHgkYyAAGogBjwAACAGQgiIIQYgAkEBaiECIANBCEshBUEAIANBeGoiBCAEIANLGyIEIQMg' +
    'BQ0AC0EAIAQ2AviKiIAAC0EAQgA3A/CKiIAAIAJB4JGMgABqQeCRiIAAIAD8CgAAQQAgAiAAajYC7IqIgAAMAQtBgQJBASAB' +
    'KAIMEI6AgIAAQQAoAuyKiIAAIQRBACkD8IqIgAAhBkEAKAL4ioiAACEDAkAgAEEBSA0AQQAhAgNAIAJB4JGIgABqLQAAIgVB' +
    'AXRBqMSsgABqMwEAIAOthiAGhCEGAkAgAyAFQeTIrIAAai0AAGoiA0EgSQ0AQQAgBEEEaiIFNgLsioiAACAEQeCRjIAAaiAG' +
    'PgAAIANBYGohAyAGQiCIIQYgBSEECyAAIAJBAWoiAkcNAAsLQQAgA0EALQDkyqyAAGoiAjYC+IqIgABBAEEAMwGoyKyAACAD' +
    'rYYgBoQiBjcD8IqIgAAgAkEgSQ0AQQAgBEEEajYC7IqIgAAgBEHgkYyAAGogBj4AAEEAIAZCIIg3A/CKiIAAQQAgAkFgajYC' +
    '+IqIgAALIAFBEGokgICAgAAL6gQBBX9B4NGsgABBAEHMAPwLAAJAIABBAUgNAEGw0qyAAEHkyKyAACAA/AoAAAsCQCABQQFI' +
    'DQAgAEGw0qyAAGogAkG8BGogAfwKAAALIAEgAGpBsNKsgABqQf8BOgAAQQAhAAJAQQAtALDSrIAAIgNB/wFGDQBBASEEQQAh' +
    'AEEBIQIDQAJAAkAgAyAEQbDSrIAAai0AACIFRw0AIAJBAWohAgwBCwJAAkACQAJAIAMNAAJAIAJBC0gNAEEAKAKo0qyAACEB' +
    'A0AgAEGw0qyAAGpBEjoAACAAQbHSrIAAaiACQYoBIAJBigFJGyIGQXVqOgAAIAFBAWohASAAQQJqIQAgAiAGayICQQpKDQAL' +
    'QQAgATYCqNKsgAALIAJBA04NAiACIQEMAQsgAEGw0qyAAGogAzoAACADQQJ0QeDRrIAAaiIBIAEoAgBBAWo2AgAgAkF/aiEB' +
    'AkAgAkEESA0AQQAoAqDSrIAAIQIDQCAAQbHSrIAAakEQOgAAIABBstKsgABqIAFBBiABQQZJGyIGQX1qOgAAIAJBAWohAiAA' +
    'QQJqIQAgASAGayIBQQJKDQALQQAgAjYCoNKsgAALIABBAWohAAtBASECIAFBAUgNASADQQJ0QeDRrIAAaiIGKAIAIQcgAEGw' +
    '0qyAAGogAyAB/AsAIAYgASAHajYCACAAIAFqIQAMAQsgAEGx0qyAAGogAkF9ajoAACAAQbDSrIAAakEROgAAQQEhAkEAQQAo' +
    'AqTSrIAAQQFqNgKk0qyAACAAQQJqIQALIAUhAwsgBEEBaiEEIANB/wFHDQALCyAAQbDSrIAAakH/AToAAAv0BAEIf0EAIQJB' +
    'EyEDAkBBACgCnNKsgAANAEESIQNBACgC5NGsgAANAEERIQNBACgCmNKsgAANAEEQIQNBACgC6NGsgAANAEEPIQNBACgClNKs' +
    'gAANAEEOIQNBACgC7NGsgAANAEENIQNBACgCkNKsgAANAEEMIQNBACgC8NGsgAANAEELIQNBACgCjNKsgAANAEEKIQNBACgC' +
    '9NGsgAANAEEJIQNBACgCiNKsgAANAEEIIQNBACgC+NGsgAANAEEHIQNBACgChNKsgAANAEEGIQNBACgC/NGsgAANAEEFQQRB' +
    'ACgCgNKsgAAbIQMLIAEgAzYCAEG4fyEBQb/PrIAAIQQDQAJAIAFBqNKsgABqKAIAIgVFDQAgBSAEQX9qLQAAbCACaiECCwJA' +
    'IAFFDQACQCABQazSrIAAaigCACIFRQ0AIAUgBC0AAGwgAmohAgsgBEECaiEEIAFBCGohAQwBCwtBACEFQQAoAqjSrIAAIQZB' +
    'ACgCpNKsgAAhB0EAKAKg0qyAACEIQYh3IQFB5cisgAAhBANAAkAgAUGow6yAAGooAgAiCUUNACAJIARBf2otAABsIAVqIQUL' +
    'AkAgAUGsw6yAAGooAgAiCUUNACAJIAQtAABsIAVqIQULIARBAmohBCABQQhqIgENAAsgAEG9BGohBEEAIQlBiH8hAQNAAkAg' +
    'AUGoxKyAAGooAgAiAEUNACAAIARBf2otAABsIAlqIQkLAkAgAUGsxKyAAGooAgAiAEUNACAAIAQtAABsIAlqIQkLIARBAmoh' +
    'BCABQQhqIgENAAsgAiAIQQF0aiAGQQdsaiAHIANqQQNsaiAFaiAJakERaguRCAUBfwF+AX8BfgF/QgRBACgC+IqIgAAiA62G' +
    'QQApA/CKiIAAhCEEAkACQCADQQNqIgVBIE8NACAEIQYMAQtBACAEQiCIIgY3A/CKiIAAQQAoAuyKiIAAIgVB4JGMgABqIAQ+' +
    'AABBACAFQQRqNgLsioiAACADQWNqIQULIABB/31qrSAFrYYgBoQhBAJAAkAgBUEbTw0AIAVBBWohBQwBC0EAKALsioiAACID' +
    'QeCRjIAAaiAEPgAAQQAgA0EEajYC7IqIgAAgBUFlaiEFIARCIIghBAsgAUF/aq0gBa2GIASEIQQCQAJAIAVBG08NACAFQQVq' +
    'IQMMAQtBACgC7IqIgAAiA0HgkYyAAGogBD4AAEEAIANBBGo2AuyKiIAAIAVBZWohAyAEQiCIIQQLQQAgA0EEaiIFNgL4ioiA' +
    'AEEAIAJBfGqtIAOthiAEhCIENwPwioiAAAJAAkAgA0EbSw0AQQAoAuyKiIAAIQAMAQtBACAEQiCIIgY3A/CKiIAAQQAgA0Fk' +
    'aiIFNgL4ioiAAEEAKALsioiAACIDQeCRjIAAaiAEPgAAQQAgA0EEaiIANgLsioiAACAGIQQLAkAgAkEBSA0AQQAhAwNAIANB' +
    'gIqAgABqLQAAQb7PrIAAajEAACAFrYYgBIQhBAJAAkAgBUEDaiIBQSBPDQAgASEFDAELQQAgAEEEaiIBNgLsioiAACAAQeCR' +
    'jIAAaiAEPgAAIAVBY2ohBSAEQiCIIQQgASEACyACIANBAWoiA0cNAAtBACAFNgL4ioiAAEEAIAQ3A/CKiIAACwJAQQAtALDS' +
    'rIAAIgFB/wFGDQBBASECQQAhAwNAIAMhByACIQMgAUH/AXEiAUEBdEGCy6yAAGozAQAgBa2GIASEIQQCQCAFIAFBvs+sgABq' +
    'LQAAaiIFQSBJDQBBACAAQQRqIgI2AuyKiIAAIABB4JGMgABqIAQ+AAAgBUFgaiEFIARCIIghBCACIQALAkACQAJAAkACQAJA' +
    'IAFBcGoOAwABAgULIAdBAmohAiADQbDSrIAAajEAACAFrYYgBIQhBEFiIQECQCAFQR1NDQAgAiEDDAMLIAVBAmohBSACIQMM' +
    'BAsgB0ECaiECIANBsNKsgABqMQAAIAWthiAEhCEEQWMhAQJAIAVBHE0NACACIQMMAgsgBUEDaiEFIAIhAwwDCyAHQQJqIQIg' +
    'A0Gw0qyAAGoxAAAgBa2GIASEIQRBZyEBIAVBGUkNASACIQMLQQAgAEEEaiICNgLsioiAACAAQeCRjIAAaiAEPgAAIAUgAWoh' +
    'BSAEQiCIIQQgAiEADAELIAVBB2ohBSACIQMLIANBAWohAiADQbDSrIAAai0AACIBQf8BRw0AC0EAIAU2AviKiIAAQQAgBDcD' +
    '8IqIgAALC58BAwF/AX4Df0EBEImAgIAAQQBBARCKgICAAAJAQQAoAviKiIAAIgBFDQBBACkD8IqIgAAhAUEAKALsioiAACEC' +
    'A0AgAkHgkYyAAGogATwAACABQgiIIQEgAkEBaiECIABBCEshA0EAIABBeGoiBCAEIABLGyIEIQAgAw0AC0EAIAQ2AviKiIAA' +
    'QQAgAjYC7IqIgAALQQBCADcD8IqIgAALC+YCAQBBgAgL3gIAAAAAAQAAAAIAAAADAAAABAAAAAUAAAAGAAAABwAAAAgAAAAK' +
    'AAAADAAAAA4AAAAQAAAAFAAAABgAAAAcAAAAIAAAACgAAAAwAAAAOAAAAEAAAABQAAAAYAAAAHAAAACAAAAAoAAAAMAAAADg' +
    'AAAA/wAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAMAAAAEAAAABgAAAAgAAAAMAAAAEAAAABgAAAAgAAAAMAAAAEAAAABg' +
    'AAAAgAAAAMAAAAAAAQAAgAEAAAACAAAAAwAAAAQAAAAGAAAACAAAAAwAAAAQAAAAGAAAACAAAAAwAAAAQAAAAGAAAAAAAAAA' +
    'AAAAEBESAAgHCQYKBQsEDAMNAg4BDwAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBAQECAgICAwMDAwQEBAQFBQUFAAAAAAAAAAAB' +
    'AQICAwMEBAUFBgYHBwgICQkKCgsLDAwNDQ==';

;// CONCATENATED MODULE: ./src/oci/go-flate/best-speed-go126.ts

/** Go's maxStoreBlockSize: the level-1 block size. */
const maxStoreBlockSize = 65535;
let compiled;
/** The compiled module, once per process (also posted to gzip-worker.ts's workers). */
function compiledBestSpeedGo126() {
    compiled ??= new WebAssembly.Module(Buffer.from(wasmBase64, 'base64'));
    return compiled;
}
function instantiate() {
    const exports = new WebAssembly.Instance(compiledBestSpeedGo126(), {}).exports;
    exports.init();
    return exports;
}
class BestSpeedGo126 {
    x = instantiate();
    window = this.x.window_ptr();
    out = this.x.out_ptr();
    windowEnd = 0;
    closed = false;
    write(data, emit) {
        if (this.closed)
            throw new Error('flate: write after close');
        const mem = new Uint8Array(this.x.memory.buffer);
        let at = 0;
        while (at < data.length) {
            if (this.windowEnd === maxStoreBlockSize) {
                this.x.set_window_end(this.windowEnd);
                this.x.enc_speed(0);
                this.windowEnd = 0;
                this.take(emit);
            }
            const n = Math.min(maxStoreBlockSize - this.windowEnd, data.length - at);
            mem.set(data.subarray(at, at + n), this.window + this.windowEnd);
            this.windowEnd += n;
            at += n;
        }
    }
    close(emit) {
        if (this.closed)
            return;
        this.closed = true;
        this.x.set_window_end(this.windowEnd);
        this.x.close_stream();
        this.take(emit);
    }
    take(emit) {
        const n = this.x.out_len();
        if (n === 0)
            return;
        emit(Buffer.from(new Uint8Array(this.x.memory.buffer, this.out, n)));
        this.x.out_reset();
    }
}

;// CONCATENATED MODULE: ./src/oci/go-flate/gzip-writer.ts
// Go's compress/gzip framing around a RawDeflater, as go-containerregistry's internal/gzip uses
// it (gzip.NewWriterLevel(w, gzip.BestSpeed), no name, no mtime): the 10-byte header
// 1f 8b 08 00 00000000 04 ff (XFL 4 = fastest, OS 255 = unknown), the deflate stream, then
// CRC-32 and size mod 2^32, little-endian (docs/spec/ko-compat.md#32-compression-ggcr-tarballlayerfromopener-internalgzip).



const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0xff]);
function deflater(version) {
    switch (version) {
        case 'go1.26':
            return new BestSpeedGo126();
    }
}
/** Push-style gzip: write() and close() hand finished bytes to `emit`, in order. */
class GoGzipWriter {
    emit;
    flate;
    crc = 0;
    size = 0;
    started = false;
    constructor(emit, version = 'go1.26') {
        this.emit = emit;
        this.flate = deflater(version);
    }
    write(data) {
        this.start();
        this.crc = (0,external_node_zlib_.crc32)(data, this.crc);
        this.size = (this.size + data.length) % 2 ** 32;
        this.flate.write(data, this.emit);
    }
    close() {
        this.start();
        this.flate.close(this.emit);
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(this.crc >>> 0, 0);
        trailer.writeUInt32LE(this.size, 4);
        this.emit(trailer);
    }
    start() {
        if (this.started)
            return;
        this.started = true;
        this.emit(Buffer.from(header));
    }
}
/**
 * A Transform making Go's gzip bytes; holds at most one 64 KiB block of input. Layers go through
 * createGoGzipWorker; the oracle tests also drive this in-thread path.
 * @internal
 */
function createGoGzip(version = 'go1.26') {
    const t = new Transform({
        highWaterMark: 1 << 20,
        transform(chunk, _enc, cb) {
            try {
                gz.write(chunk);
                cb();
            }
            catch (err) {
                cb(err);
            }
        },
        flush(cb) {
            try {
                gz.close();
                cb();
            }
            catch (err) {
                cb(err);
            }
        },
    });
    const gz = new GoGzipWriter((out) => t.push(out), version);
    return t;
}
/** Go's gzip of bytes already in memory, as parts to concatenate. */
function goGzipBuffer(data, version = 'go1.26') {
    const parts = [];
    const gz = new GoGzipWriter((out) => parts.push(out), version);
    gz.write(data);
    gz.close();
    return parts;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/oci/go-flate/gzip-worker.ts
// Go's gzip of a large layer on a worker thread: the same WebAssembly encoder and framing as
// gzip-writer.ts, off Node's main thread, so compressing overlaps with the tar, the two sha256
// hashes and the file write of oci/layer.ts (as ko's goroutines overlap them), and the main
// thread stays free for uploads. The worker is plain JavaScript evaluated from a string (no file
// to bundle); the compiled WebAssembly module is posted to it.



/**
 * The worker's code, stringified: it must close over nothing. Messages: { module } once, then
 * { data } per chunk and { close: true } at the end; each is answered, in order, with { out }
 * (the gzip bytes it completed, and `back`, the chunk's buffer) or { error }. It allocates only
 * the exact-size `out` it transfers, so it leaves no garbage buffers for its own GC to find.
 */
function workerMain() {
    // process.getBuiltinModule, not require: a bundler would rewrite require() in this source.
    const { parentPort } = process.getBuiltinModule('node:worker_threads');
    const { crc32 } = process.getBuiltinModule('node:zlib');
    const block = 65535;
    let x;
    let end = 0;
    let crc = 0;
    let size = 0;
    let scratch = new Uint8Array(1 << 21);
    let used = 0;
    const put = (bytes) => {
        if (used + bytes.length > scratch.length) {
            const bigger = new Uint8Array(Math.max(scratch.length * 2, used + bytes.length));
            bigger.set(scratch.subarray(0, used));
            scratch = bigger;
        }
        scratch.set(bytes, used);
        used += bytes.length;
    };
    const port = parentPort;
    port.on('message', (m) => {
        try {
            const take = (ex) => {
                const n = ex.out_len();
                if (n === 0)
                    return;
                put(new Uint8Array(ex.memory.buffer, ex.out_ptr(), n));
                ex.out_reset();
            };
            if (m.module) {
                const wa = globalThis.WebAssembly;
                x = new wa.Instance(m.module, {}).exports;
                x.init();
                // Go's header: no name, MTIME 0, XFL 4 (BestSpeed), OS 255.
                put(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 0xff]));
            }
            else if (x && m.data) {
                const data = m.data;
                crc = crc32(data, crc);
                size = (size + data.length) % 2 ** 32;
                for (let at = 0; at < data.length;) {
                    if (end === block) {
                        x.set_window_end(end);
                        x.enc_speed(0);
                        end = 0;
                        take(x);
                    }
                    const n = Math.min(block - end, data.length - at);
                    new Uint8Array(x.memory.buffer).set(data.subarray(at, at + n), x.window_ptr() + end);
                    end += n;
                    at += n;
                }
            }
            else if (x && m.close) {
                x.set_window_end(end);
                x.close_stream();
                take(x);
                const trailer = new Uint8Array(8);
                const view = new DataView(trailer.buffer);
                view.setUint32(0, crc >>> 0, true);
                view.setUint32(4, size, true);
                put(trailer);
            }
            const out = scratch.slice(0, used);
            used = 0;
            const back = m.data;
            port.postMessage({ out, back }, [
                out.buffer,
                ...(back ? [back.buffer] : []),
            ]);
        }
        catch (err) {
            port.postMessage({ error: String(err instanceof Error ? err.stack : err) });
        }
    });
}
/** Chunks sent to the worker and not yet answered, at most. */
const inFlight = 2;
/** A Transform making Go 1.26's gzip bytes on a worker thread (for large layers). */
function createGoGzipWorker() {
    const worker = new external_node_worker_threads_.Worker(`(${workerMain.toString()})()`, { eval: true });
    const waiting = [];
    /** Chunk buffers the worker handed back, to copy the next chunks into. */
    const free = [];
    let failed;
    const replies = [];
    const fail = (err) => {
        failed ??= err;
        for (const w of waiting.splice(0))
            w({ error: err.message });
    };
    worker.on('message', (r) => waiting.shift()?.(r));
    worker.on('error', fail);
    worker.on('exit', (code) => {
        if (waiting.length)
            fail(new Error(`gzip worker exited with code ${code}`));
    });
    const send = (msg, transfer = []) => {
        replies.push(new Promise((resolve) => waiting.push(resolve)));
        worker.postMessage(msg, transfer);
    };
    const receive = async (t) => {
        const r = await replies.shift();
        if (r.error !== undefined)
            throw failed ?? new Error(`gzip worker: ${r.error}`);
        if (r.back)
            free.push(r.back.buffer);
        if (r.out && r.out.length)
            t.push(Buffer.from(r.out.buffer, r.out.byteOffset, r.out.length));
    };
    send({ module: compiledBestSpeedGo126() });
    const t = new external_node_stream_.Transform({
        highWaterMark: 1 << 20,
        transform(chunk, _enc, cb) {
            // A copy the worker owns (the chunk may be a view of a pooled or reused buffer), in a
            // buffer it handed back before when one is large enough.
            let buf = free.pop();
            if (!buf || buf.byteLength < chunk.length)
                buf = new ArrayBuffer(Math.max(chunk.length, 1 << 20));
            const data = new Uint8Array(buf, 0, chunk.length);
            data.set(chunk);
            send({ data }, [buf]);
            const drain = async () => {
                while (replies.length > inFlight)
                    await receive(t);
            };
            drain().then(() => cb(), cb);
        },
        flush(cb) {
            send({ close: true });
            const drain = async () => {
                while (replies.length)
                    await receive(t);
            };
            drain()
                .finally(() => worker.terminate())
                .then(() => cb(), cb);
        },
        destroy(err, cb) {
            void worker.terminate();
            cb(err);
        },
    });
    return t;
}

;// CONCATENATED MODULE: ./src/oci/gzip.ts
// The two layer compressors. `go` (the default) makes Go 1.26 compress/gzip BestSpeed bytes, as
// ko does (src/oci/go-flate), so digests equal ko's. `parallel` is the gzip below, quicker on
// large layers with several cores but with bytes of its own.
//
// Gzip that compresses blocks in parallel on libuv's thread pool, as pigz does: each block is an
// independent raw deflate stream primed with the previous 32 KiB as its dictionary and ended with
// a sync flush (so blocks concatenate into one valid deflate stream), the last one with BFINAL.
// The result is one ordinary gzip member, and deterministic for a given input and block size.
// Compression is the slowest step of making a layer, and one zlib stream uses only one core.





/** Whether an input value names a LayerCompression. */
function isLayerCompression(s) {
    return s === 'go' || s === 'parallel';
}
/**
 * Which encoder made a layer, for cache keys: a KOCACHE entry is reused only with the same
 * encoder (and so the same bytes).
 */
function compressionId(c) {
    return c === 'go' ? 'go1.26-bestspeed' : 'zlib-parallel-1m';
}
/** A Transform gzipping a (large) layer's tar with the chosen encoder, off the main thread. */
function createLayerGzip(c) {
    return c === 'go' ? createGoGzipWorker() : createParallelGzip({ level: 1 });
}
/** Gzip of a whole in-memory tar with the chosen encoder, as parts to concatenate. */
async function gzipLayerBuffer(data, c) {
    return c === 'go' ? goGzipBuffer(data, 'go1.26') : gzipBuffer(data, { level: 1 });
}
// Go's compress/gzip header at BestSpeed: no name, mtime 0, XFL 4 (fastest), OS 255 (unknown).
const gzip_header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0xff]);
const gzip_window = 32 * 1024;
function compress(data, opts) {
    return new Promise((resolve, reject) => {
        (0,external_node_zlib_.deflateRaw)(data, opts, (err, out) => (err ? reject(err) : resolve(out)));
    });
}
const defaultBlockSize = 1 << 20;
/** Options for one block: the previous block primes it, and only the last one ends the stream. */
function blockOptions(level, blockSize, previous, last) {
    return {
        level,
        // Room for the whole output in one go: fewer thread-pool round trips per block.
        chunkSize: Math.max(64 * 1024, Math.ceil(blockSize / 2)),
        finishFlush: last ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_SYNC_FLUSH,
        ...(previous && { dictionary: previous.subarray(Math.max(0, previous.length - gzip_window)) }),
    };
}
function trailer(crc, length) {
    const t = Buffer.alloc(8);
    t.writeUInt32LE(crc >>> 0, 0);
    t.writeUInt32LE(length % 2 ** 32, 4);
    return t;
}
/**
 * Gzip for data already in memory: every block starts at once instead of as a stream arrives.
 * With the same block size it makes the same bytes as createParallelGzip.
 */
async function gzipBuffer(data, opts = {}) {
    const level = opts.level ?? 1;
    const blockSize = opts.blockSize ?? defaultBlockSize;
    const blocks = [];
    for (let at = 0; at === 0 || at < data.length; at += blockSize) {
        const last = at + blockSize >= data.length;
        const previous = at > 0 ? data.subarray(Math.max(0, at - gzip_window), at) : undefined;
        const block = data.subarray(at, at + blockSize);
        blocks.push(compress(block, blockOptions(level, blockSize, previous, last)));
    }
    const out = await Promise.all(blocks);
    return [gzip_header, ...out, trailer((0,external_node_zlib_.crc32)(data), data.length)];
}
function createParallelGzip(opts = {}) {
    const level = opts.level ?? 1;
    const blockSize = opts.blockSize ?? defaultBlockSize;
    const concurrency = opts.concurrency ?? Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)()));
    let pending = [];
    let pendingBytes = 0;
    let previous;
    let crc = 0;
    let length = 0;
    const inFlight = [];
    let started = false;
    const start = (block, last) => {
        crc = (0,external_node_zlib_.crc32)(block, crc);
        length += block.length;
        const out = compress(block, blockOptions(level, blockSize, previous, last));
        // Awaited in order later; until then a failure must not count as unhandled.
        out.catch(() => undefined);
        inFlight.push(out);
        previous = block;
    };
    const takeBlock = () => {
        // Usually the first piece alone is a whole block (the tar writer sends 1 MiB chunks).
        const first = pending[0];
        const all = first.length >= blockSize ? first : Buffer.concat(pending);
        const rest = all.subarray(blockSize);
        pending = all === first ? pending.slice(1) : [];
        if (rest.length > 0)
            pending.unshift(rest);
        pendingBytes -= Math.min(blockSize, all.length);
        return all.subarray(0, blockSize);
    };
    const gzip = new external_node_stream_.Transform({
        highWaterMark: blockSize,
        transform(chunk, _enc, cb) {
            pending.push(chunk);
            pendingBytes += chunk.length;
            void (async () => {
                // Keep the last block back: only flush() knows whether it is the final one.
                while (pendingBytes > blockSize) {
                    start(takeBlock(), false);
                    while (inFlight.length >= concurrency)
                        emit(await inFlight.shift());
                }
            })().then(() => cb(), cb);
        },
        flush(cb) {
            void (async () => {
                while (pendingBytes > blockSize)
                    start(takeBlock(), false);
                start(pending.length > 0 ? takeBlock() : Buffer.alloc(0), true);
                for (const p of inFlight.splice(0))
                    emit(await p);
                emit(trailer(crc, length));
            })().then(() => cb(), cb);
        },
    });
    const emit = (data) => {
        if (!started)
            gzip.push(gzip_header);
        started = true;
        gzip.push(data);
    };
    return gzip;
}


/***/ }),

/***/ 8387:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uf: () => (/* binding */ RefNameAnnotation),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Ym: () => (/* binding */ openBlob),
/* harmony export */   ZR: () => (/* binding */ parseLayoutReference),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   q3: () => (/* binding */ resolveLayoutRef)
/* harmony export */ });
/* unused harmony export openLayout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(17);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8825);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9217);
// Read images from an OCI image layout (`oci-layout:<dir>[:<tag>]` base images). Everything read
// is checked against its digest: a layout is just files, and files get corrupted or hand-edited.







/** The annotation that names an entry of index.json (the `<tag>` of `oci:<dir>:<tag>`). */
const RefNameAnnotation = 'org.opencontainers.image.ref.name';
const LayoutPrefix = 'oci-layout:';
/** Where a blob lives in a layout. The digest is validated first, so it cannot escape `dir`. */
function blobPath(dir, digest) {
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(digest)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV('LAYOUT', `unsupported or malformed digest "${digest}"`, {
            where: dir,
            hint: 'Only sha256 digests (sha256:<64 hex>) are supported.',
        });
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256', (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHex */ .sU)(digest));
}
/**
 * Split `oci-layout:<dir>[:<tag>]`. The text after the last `:` is a tag only if it looks like
 * one, so `oci-layout:C:\base` and `oci-layout:./a:b/c` keep the whole path. Undefined when the
 * prefix is absent.
 */
function parseLayoutReference(ref) {
    if (!ref.startsWith(LayoutPrefix))
        return undefined;
    const rest = ref.slice(LayoutPrefix.length);
    const colon = rest.lastIndexOf(':');
    const tag = colon > 0 ? rest.slice(colon + 1) : '';
    if (/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) {
        return { dir: rest.slice(0, colon), tag };
    }
    return { dir: rest };
}
async function openLayout(dir) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir).catch(() => undefined);
    if (!info)
        throw layoutError(dir, 'OCI layout directory does not exist', 'Check the path.');
    if (!info.isDirectory())
        throw layoutError(dir, 'OCI layout path is not a directory');
    const marker = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'oci-layout'), 'utf8').catch(() => undefined);
    if (marker === undefined) {
        throw layoutError(dir, 'not an OCI image layout (no oci-layout file)', 'Point at a directory written by ko, skopeo (oci:) or crane (--format=oci).');
    }
    const version = parseJson(marker, dir, 'oci-layout')?.imageLayoutVersion;
    if (typeof version !== 'string' || !version.startsWith('1.')) {
        throw layoutError(dir, `unsupported imageLayoutVersion ${JSON.stringify(version)}`);
    }
    const indexText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'), 'utf8').catch(() => undefined);
    if (indexText === undefined)
        throw layoutError(dir, 'OCI layout has no index.json');
    const index = parseJson(indexText, dir, 'index.json');
    if (!index || !Array.isArray(index.manifests)) {
        throw layoutError(dir, 'index.json has no "manifests" list');
    }
    return { dir, index: index };
}
/** The index.json entry named `tag`, or the only entry when no tag is given. */
async function resolveLayoutRef(dir, tag) {
    const { index } = await openLayout(dir);
    const entries = index.manifests;
    const names = [...new Set(entries.flatMap((d) => d.annotations?.[RefNameAnnotation] ?? []))];
    const available = names.length ? `available: ${names.join(', ')}` : 'no entry has a ref name';
    let found;
    if (tag === undefined) {
        if (entries.length !== 1 || !entries[0]) {
            throw layoutError(dir, `index.json has ${entries.length} entries, so a tag is needed (${available})`, `Use oci-layout:${dir}:<tag>.`);
        }
        found = entries[0];
    }
    else {
        const matches = entries.filter((d) => d.annotations?.[RefNameAnnotation] === tag);
        const digests = new Set(matches.map((d) => d.digest));
        if (!matches[0]) {
            throw layoutError(dir, `no image tagged "${tag}" in index.json (${available})`);
        }
        if (digests.size > 1) {
            throw layoutError(dir, `tag "${tag}" names ${digests.size} different images in index.json`);
        }
        found = matches[0];
    }
    blobPath(dir, found.digest); // validates the digest
    return found;
}
/** A manifest or index by digest (or descriptor, which also checks size), verified. */
async function readManifest(dir, ref) {
    const desc = typeof ref === 'string' ? { digest: ref } : ref;
    const path = blobPath(dir, desc.digest);
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path).catch((e) => {
        throw layoutError(dir, `manifest ${desc.digest} is missing from blobs/`, undefined, e);
    });
    const actual = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256 */ .sc)(bytes);
    if (actual !== desc.digest || ('size' in desc && desc.size !== bytes.length)) {
        throw mismatchError(path, desc, actual, bytes.length);
    }
    const json = parseJson(bytes.toString('utf8'), dir, `blob ${desc.digest}`);
    const mediaType = (typeof json?.mediaType === 'string' ? json.mediaType : undefined) ??
        ('mediaType' in desc ? desc.mediaType : undefined) ??
        (Array.isArray(json?.manifests) ? _media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .MediaType */ .zu.OciIndex : _media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .MediaType */ .zu.OciManifest);
    return { bytes: new Uint8Array(bytes), mediaType, digest: actual };
}
/** A blob's bytes; the stream fails at the end if they do not match the descriptor. */
async function openBlob(dir, descriptor) {
    const path = blobPath(dir, descriptor.digest);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        throw layoutError(dir, `blob ${descriptor.digest} is missing from blobs/`);
    const counter = new _digest_js__WEBPACK_IMPORTED_MODULE_5__/* .DigestCounter */ .VR();
    const verify = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
        transform(chunk, _enc, done) {
            counter.update(chunk);
            if (counter.size > descriptor.size) {
                done(mismatchError(path, descriptor, undefined, counter.size));
            }
            else
                done(null, chunk);
        },
        flush(done) {
            const actual = counter.digest();
            if (actual !== descriptor.digest || counter.size !== descriptor.size) {
                done(mismatchError(path, descriptor, actual, counter.size));
            }
            else
                done();
        },
    });
    // pipeline forwards a read error to `verify`, which is what the caller consumes.
    return (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path), verify, () => undefined);
}
function parseJson(text, dir, what) {
    try {
        const v = JSON.parse(text);
        return typeof v === 'object' && v !== null ? v : undefined;
    }
    catch (e) {
        throw layoutError(dir, `${what} is not valid JSON`, undefined, e);
    }
}
function layoutError(dir, message, hint, cause) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV('LAYOUT', message, {
        where: `oci-layout:${dir}`,
        ...(hint ? { hint } : {}),
        ...(cause === undefined ? {} : { cause }),
    });
}
/** `got` is undefined when reading stopped early because the blob is longer than expected. */
function mismatchError(path, want, got, size) {
    const wantSize = want.size === undefined ? '' : ` (${want.size} bytes)`;
    const gotText = got === undefined ? `at least ${size} bytes` : `${got} (${size} bytes)`;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV('DIGEST_MISMATCH', `corrupt blob in OCI layout: expected ${want.digest}${wantSize}, read ${gotText}`, { where: path, hint: 'The file does not match its digest; recreate the OCI layout.' });
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   K: () => (/* binding */ manifestAccept),
/* harmony export */   d6: () => (/* binding */ isImageManifestMediaType),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
// Media types of the OCI image spec and Docker's v2 schema 2, as ggcr names them.
const MediaType = {
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciUncompressedLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DockerForeignLayer: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
    SpdxJson: 'text/spdx+json',
};
function isIndexMediaType(mt) {
    return mt === MediaType.OciIndex || mt === MediaType.DockerManifestList;
}
function isImageManifestMediaType(mt) {
    return mt === MediaType.OciManifest || mt === MediaType.DockerManifest;
}
/** Every manifest type we read, for Accept headers. */
const manifestAccept = [
    MediaType.OciIndex,
    MediaType.DockerManifestList,
    MediaType.OciManifest,
    MediaType.DockerManifest,
];


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Ci: () => (/* binding */ validatePlatform),
/* harmony export */   Dr: () => (/* binding */ platformOfConfig),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   k1: () => (/* binding */ parsePlatformSpec),
/* harmony export */   m7: () => (/* binding */ goArchEnv)
/* harmony export */ });
/* unused harmony exports GO_DIST_LIST, goarmFor */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8732);
// Platforms as ko reads and matches them: ggcr v1.ParsePlatform / Platform.String, ko's
// platformMatcher (exact variants, `all`, the Windows os.version rule) and the GOARM/GOAMD64
// derivation of buildEnv (docs/spec/ko-compat.md#53---platformall to docs/spec/ko-compat.md#55-matching-platformmatchermatches, docs/spec/ko-compat.md#76-build-environment-later-entries-win-as-with-exec).


/** `go tool dist list` of Go 1.26.8. */
const GO_DIST_LIST = [
    'aix/ppc64',
    'android/386',
    'android/amd64',
    'android/arm',
    'android/arm64',
    'darwin/amd64',
    'darwin/arm64',
    'dragonfly/amd64',
    'freebsd/386',
    'freebsd/amd64',
    'freebsd/arm',
    'freebsd/arm64',
    'illumos/amd64',
    'ios/amd64',
    'ios/arm64',
    'js/wasm',
    'linux/386',
    'linux/amd64',
    'linux/arm',
    'linux/arm64',
    'linux/loong64',
    'linux/mips',
    'linux/mips64',
    'linux/mips64le',
    'linux/mipsle',
    'linux/ppc64',
    'linux/ppc64le',
    'linux/riscv64',
    'linux/s390x',
    'netbsd/386',
    'netbsd/amd64',
    'netbsd/arm',
    'netbsd/arm64',
    'openbsd/386',
    'openbsd/amd64',
    'openbsd/arm',
    'openbsd/arm64',
    'openbsd/ppc64',
    'openbsd/riscv64',
    'plan9/386',
    'plan9/amd64',
    'plan9/arm',
    'solaris/amd64',
    'wasip1/wasm',
    'windows/386',
    'windows/amd64',
    'windows/arm64',
];
/** Go's strings.TrimSpace (unicode.IsSpace), which differs from String.prototype.trim. */
const goSpace = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const goTrimSpace = (s) => s.replace(new RegExp(`^${goSpace}+`), '').replace(new RegExp(`${goSpace}+$`), '');
/** ggcr v1.ParsePlatform: `os[/arch[/variant]][:osversion]`; more than three parts is an error. */
function parsePlatform(spec, where = 'platforms') {
    const colon = goTrimSpace(spec).split(':');
    const parts = colon[0].split('/');
    if (parts.length > 3) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `too many slashes in platform spec: ${spec}`, {
            where,
            hint: 'write a platform as os/arch[/variant][:osversion], e.g. linux/arm64 or linux/arm/v7',
        });
    }
    const p = { os: parts[0], architecture: parts[1] ?? '' };
    if (parts[2])
        p.variant = parts[2];
    // Only `a:b` sets os.version; ggcr ignores everything after a second colon.
    if (colon.length === 2 && colon[1])
        p['os.version'] = colon[1];
    return p;
}
/** ggcr Platform.String(): `os[/arch][/variant][:osversion]`, "" without an OS. */
function formatPlatform(p) {
    if (!p.os)
        return '';
    return (p.os +
        (p.architecture ? `/${p.architecture}` : '') +
        (p.variant ? `/${p.variant}` : '') +
        (p['os.version'] ? `:${p['os.version']}` : ''));
}
/**
 * Rejects an OS/architecture Go cannot build (`linux/amd65`), which ggcr would accept and then
 * silently match nothing. Variants and os.version are not checked.
 */
function validatePlatform(p, where = 'platforms') {
    const known = p.architecture
        ? GO_DIST_LIST.includes(`${p.os}/${p.architecture}`) ||
            (!p.os && GO_DIST_LIST.some((d) => d.endsWith(`/${p.architecture}`)))
        : GO_DIST_LIST.some((d) => d.startsWith(`${p.os}/`));
    if (known)
        return;
    const wanted = p.architecture ? `${p.os}/${p.architecture}` : p.os;
    const candidates = p.architecture
        ? GO_DIST_LIST
        : [...new Set(GO_DIST_LIST.map((d) => d.split('/')[0]))];
    const best = [...candidates].sort((x, y) => (0,_util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .Y)(wanted, x) - (0,_util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .Y)(wanted, y))[0];
    const suggestion = (0,_util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .Y)(wanted, best) <= 3
        ? `did you mean "${best}"?`
        : 'run `go tool dist list` for the valid values';
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `unknown platform "${formatPlatform(p) || wanted}": ${suggestion}`, {
        where,
        hint: 'platforms are os/arch[/variant] pairs that Go can build, e.g. linux/amd64,linux/arm64',
    });
}
/**
 * Reads platform values (each may be a comma list, as ko's --platform flag is) into a spec.
 * `all` must stand alone. Empty entries are skipped.
 */
function parsePlatformSpec(values, where = 'platforms') {
    const items = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '');
    if (items.includes('all')) {
        if (items.length > 1) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', 'all or specific platforms should be used', {
                where,
                hint: 'use either `all` or a list of platforms, not both',
            });
        }
        return { all: true };
    }
    return { all: false, platforms: items.map((s) => parsePlatform(s, where)) };
}
/** ko's platformMatcher.matches (docs/spec/ko-compat.md#55-matching-platformmatchermatches). An undefined base platform only matches `all`. */
function platformMatches(spec, base) {
    // Docker stores attestations under unknown/unknown.
    if (base && (base.os === 'unknown' || base.architecture === 'unknown'))
        return false;
    if (spec.all)
        return true;
    if (!base)
        return false;
    return spec.platforms.some((p) => {
        if (p.os && base.os !== p.os)
            return false;
        if (p.architecture && base.architecture !== p.architecture)
            return false;
        if (p.variant && base.variant !== p.variant)
            return false;
        const want = p['os.version'] ?? '';
        const have = base['os.version'] ?? '';
        if (want && want !== have) {
            // Windows only: X.Y.Z matches X.Y.Z.<build>.
            if (p.os !== 'windows')
                return false;
            const dots = (s) => s.split('.').length - 1;
            if (dots(want) !== 2 || dots(have) !== 3)
                return false;
            if (want !== have.slice(0, have.lastIndexOf('.')))
                return false;
        }
        return true;
    });
}
/** ko's getGoarm: v5–v7 as is, v8 and above → 7, below v5 → none. */
function goarmFor(variant) {
    const bad = (why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `${why} arm variant: ${variant}`, {
        where: 'platforms',
        hint: 'arm variants are v5, v6 or v7 (e.g. linux/arm/v7)',
    });
    if (!variant.startsWith('v'))
        throw bad('strange');
    const vs = variant.slice(1);
    // strconv.Atoi: optional sign, decimal digits, int64 range.
    if (!/^[+-]?[0-9]+$/.test(vs) || BigInt(vs) > 2n ** 63n - 1n || BigInt(vs) < -(2n ** 63n)) {
        throw bad('cannot parse');
    }
    const n = BigInt(vs);
    if (n < 5n)
        return undefined;
    return n > 7n ? '7' : vs;
}
/** The GOARM / GOAMD64 entries ko's buildEnv adds for a platform's variant. */
function goArchEnv(p) {
    if (!p.variant)
        return {};
    if (p.architecture === 'arm') {
        const goarm = goarmFor(p.variant);
        return goarm === undefined ? {} : { GOARM: goarm };
    }
    if (p.architecture === 'amd64')
        return { GOAMD64: p.variant };
    return {};
}
/** docs/spec/ko-compat.md#45-platform-of-a-single-image-base: a single-image base's platform comes from its config (no variant). */
function platformOfConfig(cf) {
    const p = { os: cf.os || 'linux', architecture: cf.architecture || 'amd64' };
    if (cf['os.version'])
        p['os.version'] = cf['os.version'];
    return p;
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ dockerHubRegistry),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   F7: () => (/* binding */ repositoryScope),
/* harmony export */   PZ: () => (/* binding */ dockerHubAuthKey),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   j5: () => (/* binding */ defaultScheme)
/* harmony export */ });
/* unused harmony exports defaultTag, registryHostname */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8825);
// Image references as ggcr's pkg/name reads them: `[registry/]repository[:tag][@sha256:hex]`.
// Pure: no I/O. Errors name the reference and say what is wrong with it.


const dockerHubRegistry = 'index.docker.io';
/** The key Docker stores Docker Hub credentials under. */
const dockerHubAuthKey = 'https://index.docker.io/v1/';
const defaultTag = 'latest';
const repositoryChars = /^[a-z0-9_./-]+$/;
const tagPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
// host[:port], IPv4[:port] or [IPv6][:port]
const registryPattern = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
function invalid(ref, why, hint) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('REFERENCE', `invalid image reference "${ref}": ${why}`, {
        hint: hint ?? 'write [registry/]repository[:tag][@sha256:<64 hex>], e.g. ghcr.io/owner/app:v1',
    });
}
/** Parse `registry/repository` (no tag or digest). */
function parseRepository(text, original = text) {
    if (text === '')
        throw invalid(original, 'the repository is empty');
    let registry = '';
    let repo = text;
    const slash = text.indexOf('/');
    if (slash >= 0) {
        const first = text.slice(0, slash);
        // Only a component that looks like a host is a registry; `owner/app` is a Docker Hub repo.
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = first;
            repo = text.slice(slash + 1);
        }
    }
    registry = normalizeRegistry(registry, original);
    checkRepository(repo, original);
    // Docker Hub's official images live under library/.
    if (registry === dockerHubRegistry && !repo.includes('/'))
        repo = `library/${repo}`;
    return makeRepository(registry, repo);
}
/** Parse a full reference. A missing tag and digest means `:latest`. */
function parseReference(text) {
    const original = text;
    const trimmed = text.trim();
    if (trimmed === '')
        throw invalid(original, 'it is empty');
    if (trimmed !== text)
        throw invalid(original, 'it has leading or trailing whitespace');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const d = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d)) {
            throw invalid(original, `"${d}" is not a digest (only sha256:<64 lowercase hex> is supported)`);
        }
        digest = d;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    // A colon followed by a slash belongs to a registry port (`localhost:5000/app`).
    if (colon >= 0 && !rest.slice(colon + 1).includes('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!tagPattern.test(tag)) {
            throw invalid(original, tag === '' ? 'the tag after ":" is empty' : `tag "${tag}" is invalid`, 'a tag is 1-128 characters of A-Z a-z 0-9 _ . - and does not start with . or -');
        }
    }
    const repo = parseRepository(rest, original);
    if (digest === undefined && tag === undefined)
        tag = defaultTag;
    return makeReference(repo, { tag, digest, original });
}
/** The same repository with another tag (the tag is validated). */
function withTag(repo, tag) {
    if (!tagPattern.test(tag)) {
        throw invalid(`${repo.name}:${tag}`, `tag "${tag}" is invalid`);
    }
    return makeReference(repo, { tag, original: `${repo.name}:${tag}` });
}
function withDigest(repo, digest) {
    return makeReference(repo, { digest, original: `${repo.name}@${digest}` });
}
/** ko's rule: plain HTTP for loopback and RFC 1918 hosts; HTTPS otherwise. */
function defaultScheme(registry) {
    const host = registryHostname(registry);
    if (host === 'localhost' || host.endsWith('.localhost'))
        return 'http';
    if (host === '::1')
        return 'http';
    const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
    if (v4) {
        const a = Number(v4[1]);
        const b = Number(v4[2]);
        if (a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
            return 'http';
        }
    }
    return 'https';
}
/** The hostname of `host[:port]` / `[v6]:port`, without brackets or port. */
function registryHostname(registry) {
    if (registry.startsWith('['))
        return registry.slice(1, registry.indexOf(']'));
    const colon = registry.lastIndexOf(':');
    return (colon >= 0 ? registry.slice(0, colon) : registry).toLowerCase();
}
/** Token scope for a repository, e.g. `repository:owner/app:push,pull`. */
function repositoryScope(repo, actions) {
    return `repository:${repo}:${actions}`;
}
function normalizeRegistry(registry, original) {
    if (registry === '' || registry === 'docker.io')
        return dockerHubRegistry;
    if (!registryPattern.test(registry)) {
        throw invalid(original, `registry "${registry}" is not a valid host[:port]`);
    }
    const port = /:(\d+)$/.exec(registry)?.[1];
    if (port !== undefined && Number(port) > 65535) {
        throw invalid(original, `registry port ${port} is out of range`);
    }
    return registry;
}
function checkRepository(repo, original) {
    if (repo.length < 2 || repo.length > 255) {
        throw invalid(original, `repository "${repo}" must be 2 to 255 characters long`);
    }
    if (!repositoryChars.test(repo)) {
        const hint = /[A-Z]/.test(repo)
            ? 'repository names must be lowercase'
            : 'a repository may contain only a-z 0-9 _ . - and /';
        throw invalid(original, `repository "${repo}" has invalid characters`, hint);
    }
    if (repo.split('/').some((c) => c === '')) {
        throw invalid(original, `repository "${repo}" has an empty path component`);
    }
}
function makeRepository(registry, repository) {
    return Object.freeze({ registry, repository, name: `${registry}/${repository}` });
}
function makeReference(repo, parts) {
    const context = makeRepository(repo.registry, repo.repository);
    const name = parts.digest
        ? `${context.name}@${parts.digest}`
        : `${context.name}:${parts.tag ?? defaultTag}`;
    const ref = {
        registry: repo.registry,
        repository: repo.repository,
        name,
        identifier: parts.digest ?? parts.tag ?? defaultTag,
        original: parts.original,
        ...(parts.tag !== undefined ? { tag: parts.tag } : {}),
        ...(parts.digest !== undefined ? { digest: parts.digest } : {}),
        context: () => context,
        toString: () => parts.original,
    };
    return Object.freeze(ref);
}


/***/ }),

/***/ 8732:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance)
/* harmony export */ });
// Levenshtein distance, for "did you mean …?" hints.
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   jV: () => (/* binding */ KoActionError)
/* harmony export */ });
class KoActionError extends Error {
    code;
    name = 'KoActionError';
    where;
    hint;
    constructor(code, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.code = code;
        this.where = details.where;
        this.hint = details.hint;
    }
    /** The single line a user sees: `where: message. hint` */
    format() {
        const head = this.where ? `${this.where}: ${this.message}` : this.message;
        if (!this.hint)
            return head;
        const hint = this.hint.charAt(0).toUpperCase() + this.hint.slice(1);
        // "did you mean x?" already ends a sentence; everything else gets a full stop.
        return /[?!]$/.test(head) ? `${head} ${hint}` : `${head.replace(/[.\s]+$/, '')}. ${hint}`;
    }
}
function inputError(input, message, hint) {
    return new KoActionError('INPUT', message, hint ? { where: input, hint } : { where: input });
}
function errorMessage(e) {
    if (e instanceof KoActionError)
        return e.format();
    if (e instanceof Error)
        return e.message;
    return String(e);
}


/***/ }),

/***/ 415:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ limit)
/* harmony export */ });
function limit(concurrency) {
    const max = Math.max(1, Math.floor(concurrency));
    let active = 0;
    const queue = [];
    const next = () => {
        if (active >= max)
            return;
        const run = queue.shift();
        if (run) {
            active++;
            run();
        }
    };
    return (task) => new Promise((resolve, reject) => {
        queue.push(() => {
            task()
                .then(resolve, reject)
                .finally(() => {
                active--;
                next();
            });
        });
        next();
    });
}


/***/ }),

/***/ 2017:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// The one way this program runs another: spawn with an explicit environment and directory,
// collect stdout and stderr, and report (never throw) a failure to start. Callers decide what a
// non-zero exit or a missing program means for them.

function runProcess(program, args, opts) {
    return new Promise((resolve) => {
        const group = opts.group === true && process.platform !== 'win32';
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
            env: opts.env,
            ...(opts.cwd ? { cwd: opts.cwd } : {}),
            stdio: [opts.input === undefined && !opts.stdin ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            // A group ends on abort through onAbort below, not spawn's SIGTERM to its leader alone.
            ...(group ? { detached: true } : opts.signal ? { signal: opts.signal } : {}),
        });
        const kill = () => {
            if (group && child.pid !== undefined) {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // The group has ended already.
                }
            }
            else
                child.kill('SIGKILL');
        };
        const out = [];
        const err = [];
        const timer = opts.timeoutMs ? setTimeout(kill, opts.timeoutMs) : undefined;
        timer?.unref();
        let error;
        const onAbort = () => {
            error ??= new Error(`${program} stopped: ${String(opts.signal?.reason ?? 'aborted')}`, {
                cause: opts.signal?.reason,
            });
            kill();
        };
        if (group && opts.signal) {
            if (opts.signal.aborted)
                onAbort();
            else
                opts.signal.addEventListener('abort', onAbort, { once: true });
        }
        child.stdout?.on('data', (b) => out.push(b));
        child.stderr?.on('data', (b) => err.push(b));
        child.on('error', (e) => (error ??= e));
        child.on('close', (code) => {
            clearTimeout(timer);
            opts.stdin?.destroy();
            opts.signal?.removeEventListener('abort', onAbort);
            resolve({
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                code: error ? null : code,
                ...(error ? { error } : {}),
            });
        });
        if (opts.input !== undefined && child.stdin) {
            child.stdin.on('error', () => undefined);
            child.stdin.end(opts.input);
        }
        else if (opts.stdin && child.stdin) {
            const source = opts.stdin;
            // EPIPE when the program exits without reading it all: its exit code and stderr say why.
            child.stdin.on('error', () => undefined);
            source.on('error', (e) => {
                error ??= e;
                kill();
            });
            source.pipe(child.stdin);
        }
    });
}


/***/ }),

/***/ 4537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony exports setSecretSink, clearSecrets */
// Every credential the action touches is registered here before it can reach a log line.
// In Actions the sink is core.setSecret (the runner masks it); everywhere, redact() scrubs
// messages we format ourselves, so the CLI and the tests never print a secret either.
const secrets = new Set();
let sink;
function setSecretSink(fn) {
    sink = fn;
    if (fn)
        for (const s of secrets)
            fn(s);
}
function addSecret(value) {
    if (!value || value.length < 3 || secrets.has(value))
        return;
    secrets.add(value);
    // A Basic header carries base64(user:pass); the password alone is registered by the caller.
    sink?.(value);
}
function redact(text) {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    // Authorization values and URL userinfo never belong in a message, known or not.
    out = out.replace(/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{6,}/g, '$1 ***');
    out = out.replace(/(\w+:\/\/)[^/@\s:]+:[^/@\s]+@/g, '$1***@');
    return out;
}
/**
 * Forgets registered secrets: each test of redaction starts from none (a process runs one step).
 * @internal
 */
function clearSecrets() {
    secrets.clear();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/ko/naming.ts
var ko_naming = __nccwpck_require__(6572);
;// CONCATENATED MODULE: ./src/inputs/lists.ts
// List inputs as docker/build-push-action reads them: newline-separated, and for most lists also
// comma-separated, with "double quotes" keeping a comma inside an item.
function splitList(raw, opts = {}) {
    const comma = opts.comma ?? true;
    const out = [];
    for (const line of raw.split(/\r?\n/)) {
        for (const item of comma ? splitCsvLine(line) : [line]) {
            const v = unquote(item.trim());
            if (v)
                out.push(v);
        }
    }
    return out;
}
/** A line of a comma list with an empty item in it (`a,,b`, `a,`): the line, else undefined. */
function lineWithEmptyItem(raw) {
    return raw
        .split(/\r?\n/)
        .find((line) => line.trim() !== '' && splitCsvLine(line).some((i) => unquote(i.trim()) === ''));
}
function splitCsvLine(line) {
    const items = [];
    let cur = '';
    let quoted = false;
    for (const ch of line) {
        if (ch === '"')
            quoted = !quoted;
        if (ch === ',' && !quoted) {
            items.push(cur);
            cur = '';
        }
        else {
            cur += ch;
        }
    }
    items.push(cur);
    return items;
}
function unquote(s) {
    return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}
/** `key=value` lines (labels, annotations); the value may hold `=` and commas. */
function splitPairs(raw, input, onError) {
    return splitList(raw, { comma: false }).map((line) => {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw onError(`"${line}" in ${input} is not key=value`);
        return [line.slice(0, eq).trim(), line.slice(eq + 1)];
    });
}

// EXTERNAL MODULE: ./src/oci/gzip.ts + 4 modules
var gzip = __nccwpck_require__(2438);
;// CONCATENATED MODULE: ./src/inputs/inputs.ts
// Read every action input once into a frozen, typed object. Pure: the getter and the environment
// are passed in, so tests give a map and main gives @actions/core.






function readInputs(get, env = process.env) {
    const str = (name) => get(name).trim() || undefined;
    const bool = (name, dflt) => parseBool(name, get(name), dflt);
    const naming = (0,ko_naming/* parseNamingMode */.F$)(get('naming'));
    const sbom = str('sbom') ?? 'spdx';
    if (sbom !== 'spdx' && sbom !== 'none') {
        throw (0,errors/* inputError */.Xu)('sbom', `unknown SBOM format "${sbom}"`, 'use spdx or none');
    }
    const compression = str('compression') ?? 'go';
    if (!(0,gzip/* isLayerCompression */.OK)(compression)) {
        throw (0,errors/* inputError */.Xu)('compression', `unknown compression "${compression}"`, 'use go or parallel');
    }
    const warnings = [];
    const tags = splitList(get('tags'));
    const importPaths = splitList(get('import-paths'));
    const jobs = parseJobs(get('jobs'));
    const platforms = splitList(get('platforms'));
    const emptyPlatform = lineWithEmptyItem(get('platforms'));
    if (emptyPlatform !== undefined) {
        // ko would read the empty item as a platform matching every one of the base's.
        throw (0,errors/* inputError */.Xu)('platforms', `"${emptyPlatform.trim()}" has an empty platform in it`, 'remove the extra comma, or write all to build every platform of the base');
    }
    const pairs = (name) => splitPairs(get(name), name, (msg) => (0,errors/* inputError */.Xu)(name, msg, 'write one key=value per line'));
    const inputs = {
        importPaths: importPaths.length ? importPaths : ['.'],
        repo: lowercased(str('repo'), warnings) ?? (env.KO_DOCKER_REPO?.trim() || defaultGhcrRepo(env)),
        naming,
        tags: tags.length ? tags : ['latest'],
        platforms: platforms.length ? platforms : undefined,
        baseImage: str('base-image'),
        config: str('config'),
        workingDirectory: str('working-directory') ?? '.',
        push: bool('push', true),
        ociLayoutPath: str('oci-layout-path') ??
            // Outside the checkout, so that a build never leaves the next one's git state -dirty.
            (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'ko-action', 'oci'),
        labels: pairs('labels'),
        annotations: pairs('annotations'),
        user: str('user'),
        sbom,
        compression,
        pushByDigest: bool('push-by-digest', false),
        provenance: bool('provenance', false),
        merge: splitList(get('merge'), { comma: false }),
        resolve: splitList(get('resolve')),
        resolveRecursive: bool('resolve-recursive', false),
        resolvedFile: str('resolved-file'),
        goVersion: str('go-version'),
        goVersionFile: str('go-version-file'),
        goDownloadBaseUrl: (str('go-download-base-url') ?? 'https://go.dev/dl').replace(/\/+$/, ''),
        cache: bool('cache', true),
        cacheDependencyPath: splitList(get('cache-dependency-path')).length
            ? splitList(get('cache-dependency-path'))
            : ['go.sum'],
        githubToken: str('github-token'),
        username: str('username'),
        password: str('password'),
        insecureRegistry: bool('insecure-registry', false),
        jobs,
        uploadJobs: get('jobs').trim() ? jobs : Math.max(4, jobs),
        debug: bool('debug', false),
        warnings,
    };
    if (inputs.pushByDigest && get('tags').trim() && !(tags.length === 1 && tags[0] === 'latest')) {
        warnings.push({
            input: 'tags',
            message: `tags (${tags.join(', ')}) are not pushed with push-by-digest: true; give them to the merge step`,
        });
    }
    return Object.freeze(inputs);
}
function parseBool(name, raw, dflt) {
    const v = raw.trim();
    if (!v)
        return dflt;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw (0,errors/* inputError */.Xu)(name, `"${v}" is not a boolean`, 'use true or false');
}
function parseJobs(raw) {
    const v = raw.trim();
    if (!v)
        return Math.max(1, (0,external_node_os_.cpus)().length);
    if (!/^[1-9]\d*$/.test(v)) {
        throw (0,errors/* inputError */.Xu)('jobs', `"${v}" is not a positive whole number`, 'set jobs to 1 or more');
    }
    return Number(v);
}
/** ghcr.io/<owner>/<repo>, lowercased (setup-ko does the same: GHCR rejects upper case). */
function defaultGhcrRepo(env) {
    const repo = env.GITHUB_REPOSITORY?.trim();
    return repo ? `ghcr.io/${repo.toLowerCase()}` : undefined;
}
/**
 * The `repo` input, lowercased: registries take only lowercase repository names, and
 * `ghcr.io/${{ github.repository }}` keeps the owner's capitals (docker/metadata-action lowercases
 * too). KO_DOCKER_REPO is taken as written, as ko takes it.
 */
function lowercased(repo, warnings) {
    if (repo === undefined || repo === repo.toLowerCase())
        return repo;
    warnings.push({
        input: 'repo',
        message: `${repo} is used as ${repo.toLowerCase()}: repository names are lowercase`,
    });
    return repo.toLowerCase();
}

// EXTERNAL MODULE: ./src/go/packages.ts
var go_packages = __nccwpck_require__(6033);
// EXTERNAL MODULE: ./src/ko/ko-reference.ts
var ko_reference = __nccwpck_require__(5550);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/ko/ko-yaml.ts
var ko_yaml = __nccwpck_require__(8168);
// EXTERNAL MODULE: ./src/ko/ko-yaml-lookup.ts
var ko_yaml_lookup = __nccwpck_require__(5027);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __nccwpck_require__(1890);
// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __nccwpck_require__(415);
// EXTERNAL MODULE: ./src/go/build.ts
var build = __nccwpck_require__(8770);
// EXTERNAL MODULE: ./src/ko/kocache-env.ts
var kocache_env = __nccwpck_require__(1104);
// EXTERNAL MODULE: ./src/engine/plan.ts + 2 modules
var engine_plan = __nccwpck_require__(4514);
;// CONCATENATED MODULE: ./src/engine/head-start.ts
// The CLI's head start: `go build` for every requested package and platform begins as soon as
// the arguments are read, while the engine loads, go list runs and the base image downloads.
// `ko build ./cmd/app` and `go build ./cmd/app` make the same binary as its import path does, so
// the engine takes a started build only when every input that decides the output is the same
// (compileKey); anything else, such as a .ko.yaml or KOCACHE, is simply built the usual way.











/**
 * Starts the builds when nothing but the defaults can shape them: no .ko.yaml, no KOCACHE (its
 * binaries live at paths ko chooses), no default flag templates, and a platform list.
 */
async function startBuilds(goPath, inputs, env) {
    if ((0,kocache_env/* kocacheFromEnv */.W)(env))
        return undefined;
    const config = (0,ko_yaml/* defaultKoConfig */.ME)(env);
    if (config.defaultFlags.length || config.defaultLdflags.length)
        return undefined;
    let plan;
    try {
        plan = (0,engine_plan/* planBuild */.C7)(inputs, env, config);
    }
    catch {
        return undefined; // the engine reports it
    }
    if (plan.platforms.all)
        return undefined;
    const found = await (0,ko_yaml_lookup/* findKoConfig */.W)({
        configInput: inputs.config,
        env,
        workingDirectory: inputs.workingDirectory,
    }).catch(() => 'unreadable');
    if (found !== undefined)
        return undefined;
    const started = new Map();
    const all = [];
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'ko-action-head-'));
    const abort = new AbortController();
    const jobs = (0,limit/* limit */.A)(plan.jobs);
    const maxProcs = (0,build/* goMaxProcs */.MZ)(plan.importPaths.length * plan.platforms.platforms.length, plan.jobs);
    for (const requested of plan.importPaths.map(ko_reference/* stripKoScheme */.ug)) {
        for (const platform of plan.platforms.platforms) {
            const req = {
                goPath,
                importPath: requested,
                cwd: plan.workingDirectory,
                platform,
                outDir: dir,
                flags: [],
                ldflags: [],
                buildEnv: config.defaultEnv,
                debug: plan.debug,
                processEnv: env,
                ...(maxProcs !== undefined ? { maxProcs } : {}),
                tmpDir: (0,external_node_path_.join)(dir, 'go-tmp'),
            };
            const outFile = (0,external_node_path_.join)(dir, `${started.size}-${(0,oci_platform/* formatPlatform */.Bq)(platform).replace(/\//g, '-')}`);
            const result = jobs(() => (0,build/* runGoBuild */.Up)(req, outFile, abort.signal));
            result.catch(() => undefined); // whoever takes it sees the failure
            all.push(result);
            started.set(takeKey(req, requested), { outFile, result });
        }
    }
    return {
        async take(req, requested) {
            const id = takeKey(req, (0,ko_reference/* stripKoScheme */.ug)(requested));
            const hit = started.get(id);
            if (!hit)
                return undefined;
            started.delete(id);
            return (0,build/* compiled */.QO)(req, hit.outFile, await hit.result);
        },
        async close() {
            started.clear();
            abort.abort();
            // The builds not taken are stopped; their folders go once they have.
            await Promise.allSettled(all);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}
function takeKey(req, requested) {
    return `${requested}\u0000${(0,build/* compileKey */.lM)(req)}`;
}

;// CONCATENATED MODULE: ./src/cli/flags.ts
// Every command and flag of the CLI: ko v0.19's (pkg/commands/*.go, pkg/commands/options/*.go),
// with ko's names, shorthands, kinds and help, and a few of ko-action's own (marked). Each flag
// says what it sets: an action input (the same engine reads it) or a ko-only field.

const commandNames = [
    'build',
    'resolve',
    'apply',
    'create',
    'delete',
    'run',
    'login',
    'version',
    'help',
];
const on = (v) => v === 'true';
/** A repeatable input: the first value replaces the default, later ones add (pflag slices). */
function addTo(input, opts = {}) {
    return (state, value) => {
        const list = state.lists.get(input) ?? [];
        if (!(opts.unique && list.includes(value)))
            list.push(value);
        state.lists.set(input, list);
    };
}
function naming(mode) {
    return (state, value) => {
        state.naming[mode] = on(value);
    };
}
const verbose = {
    long: 'verbose',
    short: 'v',
    kind: 'bool',
    help: 'Enable debug logs',
    apply: (s, v) => void (s.verbose = on(v)),
};
const help = {
    long: 'help',
    short: 'h',
    kind: 'bool',
    help: 'help for this command',
    apply: (s, v) => void (s.help = on(v)),
};
/** options.AddPublishArg */
const publishFlags = [
    {
        long: 'tags',
        short: 't',
        kind: 'slice',
        help: "Which tags to use for the produced image instead of the default 'latest' tag (may not work properly with --base-import-paths or --bare). (default [latest])",
        apply: addTo('tags', { unique: true }),
    },
    {
        long: 'tag-only',
        kind: 'bool',
        help: 'Include tags but not digests in resolved image references. Useful when digests are not preserved when images are repopulated.',
        apply: (s, v) => void (s.ko.tagOnly = on(v)),
    },
    {
        long: 'push',
        kind: 'bool',
        help: 'Push images to KO_DOCKER_REPO (default true)',
        apply: (s, v) => void (s.inputs.push = v),
    },
    {
        long: 'local',
        short: 'L',
        kind: 'bool',
        help: 'Load into images to local docker daemon.',
        apply: (s, v) => void (s.ko.local = on(v)),
    },
    {
        long: 'insecure-registry',
        kind: 'bool',
        help: 'Whether to skip TLS verification on the registry',
        apply: (s, v) => void (s.inputs['insecure-registry'] = v),
    },
    {
        long: 'oci-layout-path',
        kind: 'string',
        help: 'Path to save the OCI image layout of the built images',
        apply: (s, v) => {
            if (v)
                s.ko.ociLayoutPath = v;
            else
                delete s.ko.ociLayoutPath;
        },
    },
    {
        long: 'tarball',
        kind: 'string',
        help: 'File to save images tarballs',
        apply: (s, v) => {
            if (v)
                s.ko.tarball = v;
            else
                delete s.ko.tarball;
        },
    },
    {
        long: 'image-refs',
        kind: 'string',
        help: 'Path to file where a list of the published image references will be written.',
        apply: (s, v) => {
            if (v)
                s.ko.imageRefs = v;
            else
                delete s.ko.imageRefs;
        },
    },
    {
        long: 'preserve-import-paths',
        short: 'P',
        kind: 'bool',
        help: 'Whether to preserve the full import path after KO_DOCKER_REPO.',
        apply: naming('P'),
    },
    {
        long: 'base-import-paths',
        short: 'B',
        kind: 'bool',
        help: 'Whether to use the base path without MD5 hash after KO_DOCKER_REPO (may not work properly with --tags).',
        apply: naming('B'),
    },
    {
        long: 'bare',
        kind: 'bool',
        help: 'Whether to just use KO_DOCKER_REPO without additional context (may not work properly with --tags).',
        apply: naming('bare'),
    },
];
/** options.AddBuildOptions */
const buildFlags = [
    {
        long: 'jobs',
        short: 'j',
        kind: 'int',
        help: 'The maximum number of concurrent builds (default GOMAXPROCS)',
        apply: (s, v) => {
            if (Number(v) < 0) {
                throw new errors/* KoActionError */.jV('INPUT', `--jobs ${v} is negative`, { where: '--jobs' });
            }
            // ko's 0 means "the default".
            if (Number(v) === 0)
                delete s.inputs.jobs;
            else
                s.inputs.jobs = String(Number(v));
        },
    },
    {
        long: 'disable-optimizations',
        kind: 'bool',
        help: 'Disable optimizations when building Go code. Useful when you want to interactively debug the created container.',
        apply: (s, v) => void (s.inputs.debug = v),
    },
    {
        long: 'ldflags',
        kind: 'slice',
        help: 'ldflags to pass to go build (may be repeated)',
        apply: (s, v) => void (s.ko.ldflags = [...(s.ko.ldflags ?? []), v]),
    },
    {
        long: 'sbom',
        kind: 'string',
        help: 'The SBOM media type to use (none will disable SBOM synthesis and upload). (default "spdx")',
        apply: (s, v) => {
            if (v !== 'spdx' && v !== 'none') {
                // ko v0.19 makes an SPDX SBOM for every value but none (gobuildOptions); say so.
                s.warnings.push(`--sbom=${v}: ko makes an SPDX SBOM for any value but none; using spdx`);
            }
            s.inputs.sbom = v === 'none' ? 'none' : 'spdx';
        },
    },
    {
        long: 'compression',
        kind: 'string',
        help: 'Layer gzip: go (ko\'s exact bytes and digests) or parallel (zlib on every core; digests differ from ko\'s). (default "go")',
        apply: (s, v) => void (s.inputs.compression = v),
    },
    {
        long: 'provenance',
        kind: 'bool',
        help: 'Attach a SLSA v1 provenance statement to each pushed platform image, as an OCI 1.1 referrer (ko-action only).',
        apply: (s, v) => void (s.inputs.provenance = v),
    },
    {
        long: 'sbom-dir',
        kind: 'string',
        help: 'Path to directory where the SBOM will be written.',
        apply: (s, v) => {
            if (v)
                s.ko.sbomDir = v;
            else
                delete s.ko.sbomDir;
        },
    },
    {
        long: 'platform',
        kind: 'slice',
        help: 'Which platform to use when pulling a multi-platform base. Format: all | <os>[/<arch>[/<variant>]][,platform]*',
        apply: addTo('platforms'),
    },
    {
        long: 'image-label',
        kind: 'slice',
        help: 'Which labels (key=value[,key=value]) to add to the image.',
        apply: (s, v, written) => {
            if (!v.includes('=')) {
                throw new errors/* KoActionError */.jV('INPUT', `invalid label flag: ${v}`, {
                    where: written,
                    hint: 'write --image-label key=value',
                });
            }
            addTo('labels')(s, v);
        },
    },
    {
        long: 'image-annotation',
        kind: 'slice',
        help: 'Which annotations (key=value[,key=value]) to add to the OCI manifest.',
        apply: (s, v, written) => {
            if (!v.includes('=')) {
                throw new errors/* KoActionError */.jV('INPUT', `missing '=' in annotation: ${v}`, {
                    where: written,
                    hint: 'write --image-annotation key=value',
                });
            }
            addTo('annotations')(s, v);
        },
    },
    {
        long: 'image-user',
        kind: 'string',
        help: 'The default user the image should be run as.',
        apply: (s, v) => void (s.inputs.user = v),
    },
    {
        long: 'debug',
        kind: 'bool',
        help: 'Include Delve debugger into image and wrap around ko-app. This debugger will listen to port 40000. (not supported by ko-action)',
        apply: (_s, v, written) => {
            if (!on(v))
                return;
            // ko downloads and builds delve from GitHub for this, and sets a delve entrypoint.
            throw new errors/* KoActionError */.jV('INPUT', `${written} (an image with the Delve debugger) is not supported by ko-action`, {
                where: written,
                hint: 'use --disable-optimizations and attach a debugger yourself, or run ko itself for --debug',
            });
        },
    },
];
/** ko-action's own flags, beside ko's. */
const ownFlags = [
    {
        long: 'repo',
        kind: 'string',
        help: '(ko-action) The repository to push to, instead of $KO_DOCKER_REPO.',
        apply: (s, v) => void (s.inputs.repo = v),
    },
    {
        long: 'base-image',
        kind: 'string',
        help: '(ko-action) The default base image, instead of $KO_DEFAULTBASEIMAGE or .ko.yaml.',
        apply: (s, v) => void (s.inputs['base-image'] = v),
    },
    {
        long: 'working-directory',
        short: 'C',
        kind: 'string',
        help: '(ko-action) Where the Go module is (default: the current directory).',
        apply: (s, v) => void (s.inputs['working-directory'] = v),
    },
    {
        long: 'config',
        kind: 'string',
        help: '(ko-action) The .ko.yaml to use, instead of $KO_CONFIG_PATH.',
        apply: (s, v) => void (s.inputs.config = v),
    },
];
/** options.AddFileArg, options.AddSelectorArg */
const fileFlags = [
    {
        long: 'filename',
        short: 'f',
        kind: 'slice',
        help: 'Filename, directory, or URL to files to use to create the resource',
        apply: addTo('resolve'),
    },
    {
        long: 'recursive',
        short: 'R',
        kind: 'bool',
        help: 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
        apply: (s, v) => void (s.inputs['resolve-recursive'] = v),
    },
    {
        long: 'selector',
        short: 'l',
        kind: 'string',
        help: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)",
        apply: (s, v) => {
            if (v)
                s.ko.selector = v;
            else
                delete s.ko.selector;
        },
    },
];
/** crane's `auth login`, which ko adds as `ko login`. */
const loginFlags = [
    {
        long: 'username',
        short: 'u',
        kind: 'string',
        help: 'Username',
        apply: (s, v) => void (s.inputs.username = v),
    },
    {
        long: 'password',
        short: 'p',
        kind: 'string',
        help: 'Password',
        apply: (s, v) => void (s.inputs.password = v),
    },
    {
        long: 'password-stdin',
        kind: 'bool',
        help: 'Take the password from stdin',
        apply: (s, v) => void (s.inputs['password-stdin'] = v),
    },
];
const global = [verbose, help];
const building = [...publishFlags, ...buildFlags, ...ownFlags];
/** The flags `command` accepts, its own first. */
function flagsOf(command) {
    switch (command) {
        case 'build':
        case 'run':
            return [...building, ...global];
        case 'resolve':
        case 'apply':
        case 'create':
            return [...fileFlags, ...building, ...global];
        case 'login':
            return [...loginFlags, ...global];
        default:
            return global;
    }
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// ko's command line (ko v0.19: pkg/commands, pkg/commands/options) read the way cobra and pflag
// read it, mapped onto the action's inputs so that the CLI runs the same engine, plus the ko
// flags that only a command line has (where images go, what is recorded; `KoFlags`).


const globalAliases = { publish: 'build' };
function parseCliArgs(argv) {
    const state = {
        inputs: { cache: 'false' },
        ko: { tagOnly: false, local: false },
        lists: new Map(),
        warnings: [],
        naming: { P: false, B: false, bare: false },
        verbose: false,
        help: false,
    };
    // Global flags may come before the command, as cobra allows.
    let i = 0;
    const leading = [];
    while (i < argv.length && argv[i]?.startsWith('-') && argv[i] !== '--')
        leading.push(argv[i++]);
    const word = argv[i];
    const command = word === undefined ? 'help' : (globalAliases[word] ?? word);
    if (!isCommand(command)) {
        throw (0,errors/* inputError */.Xu)('command', `unknown command "${word ?? ''}" for "ko-action"`, `run ko-action --help for the commands (${commandNames.join(', ')})`);
    }
    const rest = [...leading, ...argv.slice(i + 1)];
    if (command === 'delete')
        return passThrough(command, rest, state);
    const { args, afterDash } = parseFlags(command, rest, state);
    finish(state);
    return {
        command,
        inputs: state.inputs,
        ko: state.ko,
        args,
        afterDash,
        verbose: state.verbose,
        help: state.help,
        warnings: state.warnings,
    };
}
/** What ko's options.Validate and MakeNamer decide once every flag is read. */
function finish(state) {
    for (const [name, values] of state.lists)
        state.inputs[name] = values.join('\n');
    const platforms = state.lists.get('platforms') ?? [];
    if (platforms.length > 1 && platforms.includes('all')) {
        throw new errors/* KoActionError */.jV('INPUT', 'all or specific platforms should be used', {
            where: '--platform',
            hint: 'give either all or a list of platforms',
        });
    }
    const { P, B, bare } = state.naming;
    if (B && bare) {
        state.warnings.push('both --base-import-paths and --bare were set: --base-import-paths wins');
    }
    const mode = P ? 'preserve-import-paths' : B ? 'base-import-paths' : bare ? 'bare' : undefined;
    if (mode)
        state.inputs.naming = mode;
}
function isCommand(c) {
    return commandNames.includes(c);
}
/**
 * `delete` hands every argument to `kubectl delete` (ko's passthru ignores its own flags); only
 * -h/--help stays ours.
 */
function passThrough(command, rest, state) {
    const help = rest.some((a) => a === '-h' || a === '--help');
    return {
        command,
        inputs: state.inputs,
        ko: state.ko,
        args: rest,
        afterDash: [],
        verbose: false,
        help,
        warnings: [],
    };
}
/** pflag's rules: `--name=v`, `--name v`, `-n v`, `-nv`, `-n=v`, grouped booleans `-Rf x`. */
function parseFlags(command, rest, state) {
    const specs = flagsOf(command);
    const byLong = new Map(specs.map((s) => [s.long, s]));
    const byShort = new Map(specs.flatMap((s) => (s.short ? [[s.short, s]] : [])));
    const args = [];
    // ko run ignores flags it does not know (cobra FParseErrWhitelist); every other command refuses.
    const lenient = command === 'run';
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i] ?? '';
        if (arg === '--')
            return { args, afterDash: rest.slice(i + 1) };
        if (arg.startsWith('--') && arg.length > 2) {
            const eq = arg.indexOf('=');
            const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
            const spec = byLong.get(name);
            if (!spec) {
                if (lenient)
                    continue;
                throw unknownFlag(command, `--${name}`);
            }
            if (spec.kind === 'bool') {
                setFlag(spec, eq > 0 ? arg.slice(eq + 1) : 'true', `--${name}`, state);
            }
            else {
                const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
                if (value === undefined)
                    throw needsValue(`--${name}`);
                setFlag(spec, value, `--${name}`, state);
            }
        }
        else if (arg.startsWith('-') && arg.length > 1) {
            // A group of shorthands: booleans, then at most one that takes the rest (or the next arg).
            for (let j = 1; j < arg.length; j++) {
                const c = arg[j] ?? '';
                const spec = byShort.get(c);
                if (!spec) {
                    if (lenient)
                        break;
                    throw unknownFlag(command, `-${c}`, arg);
                }
                if (spec.kind === 'bool') {
                    const inline = arg[j + 1] === '=' ? arg.slice(j + 2) : undefined;
                    setFlag(spec, inline ?? 'true', `-${c}`, state);
                    if (inline !== undefined)
                        break;
                    continue;
                }
                let value = arg.slice(j + 1);
                if (value.startsWith('='))
                    value = value.slice(1);
                else if (value === '') {
                    const next = rest[++i];
                    if (next === undefined)
                        throw needsValue(`-${c}`);
                    value = next;
                }
                setFlag(spec, value, `-${c}`, state);
                break;
            }
        }
        else {
            args.push(arg);
        }
    }
    return { args, afterDash: [] };
}
function setFlag(spec, raw, written, state) {
    switch (spec.kind) {
        case 'bool': {
            const value = parseGoBool(raw);
            if (value === undefined) {
                throw new errors/* KoActionError */.jV('INPUT', `invalid argument "${raw}" for "${written}" flag`, {
                    where: written,
                    hint: 'a boolean flag takes true or false (--push=false)',
                });
            }
            spec.apply(state, value ? 'true' : 'false', written);
            return;
        }
        case 'int':
            if (!/^-?\d+$/.test(raw.trim())) {
                throw new errors/* KoActionError */.jV('INPUT', `invalid argument "${raw}" for "${written}" flag`, {
                    where: written,
                    hint: 'give a whole number',
                });
            }
            spec.apply(state, raw.trim(), written);
            return;
        case 'slice':
            // pflag reads a string slice value as one CSV record.
            for (const item of splitCsv(raw, written))
                spec.apply(state, item, written);
            return;
        case 'string':
            spec.apply(state, raw, written);
    }
}
/** Go's strconv.ParseBool. */
function parseGoBool(s) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s))
        return false;
    return undefined;
}
/** One CSV record (encoding/csv), as pflag's StringSlice reads `a,b,"c,d"`. */
function splitCsv(raw, written) {
    if (raw === '')
        return [];
    const out = [];
    let field = '';
    let quoted = false;
    let start = true;
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (start && c === '"') {
            quoted = true;
            start = false;
            continue;
        }
        start = false;
        if (quoted) {
            if (c === '"' && raw[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"') {
                quoted = false;
                if (i + 1 < raw.length && raw[i + 1] !== ',') {
                    throw new errors/* KoActionError */.jV('INPUT', `invalid argument "${raw}" for "${written}" flag`, {
                        where: written,
                        hint: 'a quoted value must end before the next comma',
                    });
                }
            }
            else
                field += c;
        }
        else if (c === ',') {
            out.push(field);
            field = '';
            start = true;
        }
        else
            field += c;
    }
    if (quoted) {
        throw new errors/* KoActionError */.jV('INPUT', `invalid argument "${raw}" for "${written}" flag`, {
            where: written,
            hint: 'close the quote',
        });
    }
    out.push(field);
    return out;
}
function unknownFlag(command, flag, group) {
    const inGroup = group && group !== flag ? ` in ${group}` : '';
    return new errors/* KoActionError */.jV('INPUT', `unknown flag: ${flag}${inGroup}`, {
        where: flag,
        hint: `run ko-action ${command} --help for the flags it knows`,
    });
}
function needsValue(flag) {
    return new errors/* KoActionError */.jV('INPUT', `flag needs an argument: ${flag}`, { where: flag });
}

;// CONCATENATED MODULE: ./src/cli/help.ts
// `--help` for each command, laid out as cobra lays out ko's (Usage, Aliases, Examples, Flags,
// Global Flags), with ko's wording where ko has it.

const docs = {
    build: {
        use: 'build IMPORTPATH...',
        short: 'Build and publish container images from the given importpaths.',
        aliases: ['build', 'publish'],
        examples: `  # Build and publish import path references to a Docker Registry as:
  #   \${KO_DOCKER_REPO}/<package name>-<hash of import path>
  # If the import path is not provided, the current working directory is the default.
  ko-action build ./cmd/blah

  # Build into an OCI layout, pushing nothing:
  ko-action build ./cmd/blah --push=false --oci-layout-path ./out

  # Build a docker load-able tarball of a single-platform image:
  ko-action build ./cmd/blah --push=false --tarball app.tar`,
    },
    resolve: {
        use: 'resolve -f FILENAME',
        short: 'Print the input files with image references resolved to built/pushed image digests.',
        examples: `  # Build and publish import path references (ko://...) found in config/, and print the YAML:
  ko-action resolve -f config/

  # Recursively, only the documents labelled app=web:
  ko-action resolve -R -f config/ -l app=web`,
    },
    apply: {
        use: 'apply -f FILENAME',
        short: 'Apply the input files with image references resolved to built/pushed image digests.',
        examples: `  # Resolve config/, then feed the YAML into "kubectl apply -f -":
  ko-action apply -f config/

  # Any flags passed after '--' are passed to 'kubectl apply' directly:
  ko-action apply -f config -- --namespace=foo --kubeconfig=cfg.yaml`,
    },
    create: {
        use: 'create -f FILENAME',
        short: 'Create the input files with image references resolved to built/pushed image digests.',
        examples: `  # Resolve config/, then feed the YAML into "kubectl create -f -":
  ko-action create -f config/

  # Any flags passed after '--' are passed to 'kubectl create' directly:
  ko-action create -f config -- --namespace=foo`,
    },
    delete: {
        use: 'delete',
        short: 'See "kubectl help delete" for detailed usage.',
        examples: `  # Every argument goes to "kubectl delete":
  ko-action delete -f config/`,
    },
    run: {
        use: 'run IMPORTPATH',
        short: 'A variant of `kubectl run` that containerizes IMPORTPATH first.',
        examples: `  # Publish the image and run it on Kubernetes:
  ko-action run ./cmd/baz

  # You can also supply args and flags to the command.
  ko-action run ./cmd/baz -- -v arg1 arg2 --yes`,
    },
    login: {
        use: 'login [OPTIONS] [SERVER]',
        short: 'Log in to a registry',
        examples: `  # Log in to reg.example.com
  ko-action login reg.example.com -u AzureDiamond -p hunter2`,
    },
    version: { use: 'version', short: 'Print ko-action version.' },
};
const rootText = `Rapidly iterate with Go, Containers, and Kubernetes: ko, rebuilt natively in TypeScript.

Usage:
  ko-action [flags]
  ko-action [command]

Available Commands:
${Object.keys(docs)
    .map((c) => `  ${c.padEnd(10)} ${docs[c].short}`)
    .join('\n')}
  help       Help about any command

Flags:
  -h, --help      help for ko-action
  -v, --verbose   Enable debug logs

Environment: KO_DOCKER_REPO, KO_DEFAULTBASEIMAGE, KO_DEFAULTPLATFORMS, KO_CONFIG_PATH, KOCACHE,
KO_DATA_DATE_EPOCH, SOURCE_DATE_EPOCH, KO_GO_PATH, GOFLAGS, as ko reads them.
Tip: alias ko=ko-action

Use "ko-action [command] --help" for more information about a command.
`;
/** The help for `command` ('help': the overview). */
function helpText(command) {
    if (command === 'help')
        return rootText;
    const doc = docs[command];
    const flags = flagsOf(command);
    const own = flags.filter((f) => f.long !== 'help' && f.long !== 'verbose');
    const parts = [
        `${doc.short}\n`,
        `Usage:\n  ko-action ${doc.use}${own.length ? ' [flags]' : ''}\n`,
    ];
    if (doc.aliases)
        parts.push(`Aliases:\n  ${doc.aliases.join(', ')}\n`);
    if (doc.examples)
        parts.push(`Examples:\n${doc.examples}\n`);
    parts.push(`Flags:\n${flagTable([...own, ...flags.filter((f) => f.long === 'help')])}\n`);
    parts.push(`Global Flags:\n${flagTable(flags.filter((f) => f.long === 'verbose'))}\n`);
    return parts.join('\n');
}
/** pflag's FlagUsages: `  -t, --tags strings   help`, names padded to one column. */
function flagTable(flags) {
    const typeName = { bool: '', string: ' string', slice: ' strings', int: ' int' };
    const names = flags.map((f) => `${f.short ? `-${f.short}, ` : '    '}--${f.long}${typeName[f.kind]}`);
    const width = Math.max(...names.map((n) => n.length));
    return flags.map((f, i) => `  ${(names[i] ?? '').padEnd(width)}   ${f.help}`).join('\n');
}

// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __nccwpck_require__(4537);
// EXTERNAL MODULE: ./src/go/go-binary.ts
var go_binary = __nccwpck_require__(6994);
// EXTERNAL MODULE: ./src/go/go-mod-request.ts
var go_mod_request = __nccwpck_require__(535);
// EXTERNAL MODULE: ./src/go/toolchain-choice.ts
var toolchain_choice = __nccwpck_require__(4089);
// EXTERNAL MODULE: ./src/go/version-spec.ts
var version_spec = __nccwpck_require__(7368);
;// CONCATENATED MODULE: ./src/go/toolchain.ts
// Which `go` builds the images. With go-version/go-version-file: that release, from the tool
// cache or downloaded and verified. Without: $KO_GO_PATH, else `go` on PATH, else the version
// go.mod asks for. When go.mod's `go` (or `toolchain`) line asks for a newer Go than that (in a
// workspace, go.work's), the build would fail with it, so that Go is fetched first
// (go/toolchain-choice.ts decides, go/toolchain-switch.ts gets it). A Go ko-action installs is
// pinned with GOTOOLCHAIN=local, as setup-go does, so the go command never swaps itself for another
// toolchain unasked.









// The toolkit (and the installer with its HTTP stack) load only when Go must be installed or
// something must be said: most runs use the go on PATH, and start-up time is part of every build.
const actionsCore = () => Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(58)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6058));
async function setupGo(opts) {
    const cwd = (0,external_node_path_.resolve)(opts.workingDirectory);
    let spec = await requestedSpec(opts, cwd);
    if (!spec) {
        const existing = await existingGo(opts.env, cwd);
        if (existing) {
            const from = existing.source === 'ko-go-path' ? 'at $KO_GO_PATH' : 'on PATH';
            return withGoMod(existing, from, undefined, opts, cwd);
        }
        const goMod = (0,external_node_path_.join)(cwd, 'go.mod');
        if (!(0,external_node_fs_.existsSync)(goMod)) {
            throw new errors/* KoActionError */.jV('GO_INSTALL', `no Go toolchain: go is not on PATH and ${goMod} does not exist`, {
                where: 'go-version',
                hint: 'set go-version (or go-version-file), or install Go before this step',
            });
        }
        spec = (0,version_spec/* readGoVersionFile */.NZ)(goMod, opts.env, 'go.mod');
        (await actionsCore()).info(`No go on PATH; installing Go ${spec.input}, as ${goMod} asks`);
        return install(spec, opts, cwd);
    }
    const installed = await install(spec, opts, cwd);
    const input = opts.goVersion?.trim() ? 'go-version' : 'go-version-file';
    return withGoMod(installed, `from ${input}`, input, opts, cwd);
}
/** Installs a release as setup-go does, and puts it on PATH for later steps, pinned. */
async function install(spec, opts, cwd) {
    // One at a time: they share modules (jest's ESM loader trips over concurrent imports of them).
    const core = await actionsCore();
    const { installGo, normalizeBaseUrl } = await Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(58), __nccwpck_require__.e(805), __nccwpck_require__.e(793)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4793));
    const { defaultGoDownloadBaseUrl } = await Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1382));
    const baseUrl = normalizeBaseUrl(opts.downloadBaseUrl);
    (0,secrets/* addSecret */.Ck)(opts.token);
    const custom = baseUrl !== defaultGoDownloadBaseUrl;
    const { root, source } = await installGo(spec, {
        baseUrl,
        arch: opts.arch ?? process.arch,
        platform: process.platform,
        ...(custom && opts.token ? { auth: `token ${opts.token}` } : {}),
    });
    core.addPath((0,external_node_path_.join)(root, 'bin'));
    core.exportVariable('GOTOOLCHAIN', 'local');
    const goPath = (0,external_node_path_.join)(root, 'bin', go_binary/* goExe */.FA);
    const { version } = await (0,go_binary/* goVersion */.X9)(goPath, { ...opts.env, GOTOOLCHAIN: 'local' }, cwd);
    if (version === undefined) {
        throw new errors/* KoActionError */.jV('GO_INSTALL', `${goPath} version failed`, {
            hint: `the Go install at ${root} is broken; remove it from the tool cache and retry`,
        });
    }
    core.info(`Using Go ${version} (${source}) at ${goPath}`);
    return { goPath, version, source, goToolchain: 'local' };
}
/**
 * The Go found, unless the go.mod of the module built asks for a newer one: then that one
 * (go/toolchain-choice.ts). `explicit` is the input that chose the Go found, which wins.
 */
async function withGoMod(found, foundFrom, explicit, opts, cwd) {
    const goMod = findVersionFile(cwd, opts.env);
    const workspace = opts.env['GITHUB_WORKSPACE'] || process.cwd();
    const shown = goMod && (0,external_node_path_.relative)(workspace, goMod);
    const goModName = shown && !shown.startsWith('..') && !(0,external_node_path_.isAbsolute)(shown) ? shown : goMod;
    const choice = (0,toolchain_choice/* chooseToolchain */.D)({
        found: found.version,
        foundFrom,
        request: goMod ? (0,go_mod_request/* parseGoModRequest */.d)(goMod, await (0,promises_.readFile)(goMod, 'utf8')) : {},
        goModName: goModName ?? 'go.mod',
        goToolchainEnv: opts.env['GOTOOLCHAIN'],
        ...(explicit ? { explicit } : {}),
    });
    if (choice.kind === 'refuse')
        throw choice.error;
    const log = choice.log;
    if (log)
        (await actionsCore()).info(log);
    if (choice.kind === 'user')
        return { ...found, goToolchain: choice.goToolchain };
    if (choice.kind === 'found')
        return found;
    const { switchToolchain } = await Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(58), __nccwpck_require__.e(805), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5141));
    return switchToolchain({
        need: choice.need,
        goModName: goModName ?? 'go.mod',
        found,
        foundFrom,
        env: opts.env,
        cwd,
        downloadBaseUrl: opts.downloadBaseUrl,
        ...(opts.token ? { token: opts.token } : {}),
        arch: opts.arch ?? process.arch,
    });
}
/**
 * The file whose `go` and `toolchain` lines the go command obeys in `dir`: in workspace mode the
 * go.work ($GOWORK, or the nearest in `dir` and its parents unless GOWORK=off), whose go line
 * must cover every module's; else the nearest go.mod (https://go.dev/ref/mod#workspaces,
 * https://go.dev/doc/toolchain#select).
 */
function findVersionFile(dir, env) {
    const gowork = env['GOWORK']?.trim();
    if (gowork && gowork !== 'off' && gowork !== 'auto') {
        // A GOWORK that names no file is the go command's error to report.
        const named = (0,external_node_path_.resolve)(dir, gowork);
        return (0,external_node_fs_.existsSync)(named) ? named : findUp(dir, 'go.mod');
    }
    return (gowork !== 'off' && findUp(dir, 'go.work')) || findUp(dir, 'go.mod');
}
/** `name` in `dir` or its nearest parent that has one. */
function findUp(dir, name) {
    for (let d = dir;; d = (0,external_node_path_.dirname)(d)) {
        const candidate = (0,external_node_path_.join)(d, name);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        if ((0,external_node_path_.dirname)(d) === d)
            return undefined;
    }
}
async function requestedSpec(opts, cwd) {
    if (opts.goVersion?.trim()) {
        if (opts.goVersionFile?.trim())
            (await actionsCore()).warning('Both go-version and go-version-file are set; using go-version');
        return (0,version_spec/* parseGoVersionSpec */.fT)(opts.goVersion);
    }
    const file = opts.goVersionFile?.trim();
    if (!file)
        return undefined;
    // Relative to working-directory; setup-go users' workspace-relative paths also work.
    const inWorkDir = (0,external_node_path_.resolve)(cwd, file);
    const inWorkspace = (0,external_node_path_.resolve)(file);
    const path = (0,external_node_fs_.existsSync)(inWorkDir) || !(0,external_node_fs_.existsSync)(inWorkspace) ? inWorkDir : inWorkspace;
    return (0,version_spec/* readGoVersionFile */.NZ)(path, opts.env);
}
/**
 * The go that setupGo takes without installing anything ($KO_GO_PATH, else PATH), or undefined
 * when a version is asked for. Lets a caller start go commands while setupGo checks it.
 */
function existingGoPath(opts) {
    if (opts.goVersion?.trim() || opts.goVersionFile?.trim())
        return undefined;
    const koGoPath = opts.env['KO_GO_PATH']?.trim();
    return koGoPath ? koGoPathBinary(koGoPath, opts.env) : (0,go_binary/* findOnPath */.aY)(go_binary/* goExe */.FA, opts.env);
}
function koGoPathBinary(koGoPath, env) {
    return koGoPath.includes('/') || koGoPath.includes('\\')
        ? (0,external_node_path_.resolve)(koGoPath)
        : (0,go_binary/* findOnPath */.aY)(koGoPath, env);
}
/**
 * The go on $KO_GO_PATH or PATH, with its own version (GOTOOLCHAIN=local) unless the user's
 * GOTOOLCHAIN lets it switch: then the version it switches to, the one that builds.
 */
async function existingGo(env, cwd) {
    const setting = env['GOTOOLCHAIN']?.trim();
    const goToolchain = setting && setting !== 'local' ? setting : 'local';
    const asked = { ...env, GOTOOLCHAIN: goToolchain };
    const koGoPath = env['KO_GO_PATH']?.trim();
    if (koGoPath) {
        const goPath = koGoPathBinary(koGoPath, env);
        const got = goPath ? await (0,go_binary/* goVersion */.X9)(goPath, asked, cwd) : undefined;
        if (!goPath || !got?.version) {
            if (got?.why)
                (await actionsCore()).info(got.why);
            throw new errors/* KoActionError */.jV('GO_INSTALL', `KO_GO_PATH=${koGoPath} is not a working go binary`, {
                where: 'KO_GO_PATH',
                hint: 'point KO_GO_PATH at a go binary, or unset it',
            });
        }
        return { goPath, version: got.version, source: 'ko-go-path', goToolchain };
    }
    const goPath = (0,go_binary/* findOnPath */.aY)(go_binary/* goExe */.FA, env);
    if (!goPath)
        return undefined;
    const got = await (0,go_binary/* goVersion */.X9)(goPath, asked, cwd);
    if (got.why)
        (await actionsCore()).info(got.why);
    return got.version ? { goPath, version: got.version, source: 'path', goToolchain } : undefined;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/cli/version.ts
// `ko-action version`: the version of the installed package, read from its package.json at run
// time (the bundle sits in dist/cli/, whose own package.json only says "type": "module").



function cliVersion() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
            if (pkg.name === 'ko-action' && pkg.version)
                return pkg.version;
        }
        catch {
            // not here: look further up
        }
        dir = (0,external_node_path_.dirname)(dir);
    }
    return 'could not determine build information';
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI twin: `ko-action build|resolve|apply|create|delete|run|login|version`, ko's commands on
// the same engine as the action. stdout carries only what ko prints there (image references for
// build, the YAML for resolve, kubectl's own output, help and version); everything else goes to
// stderr. Exit 0 on success, 1 on any failure, as ko.
//
// Start-up is part of every build, so this entry loads only argument parsing and the Go lookup,
// starts `go list` (and, when only defaults shape it, `go build`: see engine/head-start.ts), and
// imports the engine (registry client, image model: most of the bundle) while they run.













async function main(argv) {
    const cmd = parseCliArgs(argv);
    for (const w of cmd.warnings)
        process.stderr.write(`warning: ${w}\n`);
    if (cmd.command === 'help' || cmd.help) {
        process.stdout.write(helpText(cmd.command === 'help' ? helpTopic(cmd.args[0]) : cmd.command));
        return 0;
    }
    switch (cmd.command) {
        case 'version':
            process.stdout.write(`${cliVersion()}\n`);
            return 0;
        case 'login':
            return runLogin(cmd);
        case 'delete': {
            // ko's passthru: every argument to `kubectl delete`, our stdin, stdout and stderr.
            const { requireKubectl, runKubectl } = await __nccwpck_require__.e(/* import() */ 404).then(__nccwpck_require__.bind(__nccwpck_require__, 5404));
            requireKubectl('delete', process.env);
            await runKubectl(['delete', ...cmd.args], 'inherit', process.env);
            return 0;
        }
        default:
            return runBuilds(cmd, argv);
    }
}
function helpTopic(word) {
    if (word === undefined)
        return 'help';
    if (word === 'publish')
        return 'build';
    if (commandNames.includes(word))
        return word;
    throw (0,errors/* inputError */.Xu)('command', `unknown help topic "${word}"`, 'run ko-action --help');
}
async function runLogin(cmd) {
    const [server, ...extra] = cmd.args;
    if (server === undefined || extra.length) {
        throw (0,errors/* inputError */.Xu)('login', `accepts 1 arg(s), received ${cmd.args.length}`, 'ko-action login SERVER -u USER -p PASSWORD');
    }
    let password = cmd.inputs.password ?? '';
    if (cmd.inputs['password-stdin'] === 'true') {
        const { readAll } = await __nccwpck_require__.e(/* import() */ 868).then(__nccwpck_require__.bind(__nccwpck_require__, 3868));
        password = (await readAll(process.stdin))
            .toString('utf8')
            .replace(/\n$/, '')
            .replace(/\r$/, '');
    }
    const { login } = await __nccwpck_require__.e(/* import() */ 351).then(__nccwpck_require__.bind(__nccwpck_require__, 3351));
    const file = await login({ server, username: cmd.inputs.username ?? '', password }, process.env);
    process.stderr.write(`logged in via ${file}\n`);
    return 0;
}
async function runBuilds(cmd, argv) {
    const inputs = readInputs((name) => cliInput(cmd, name), process.env);
    if (cmd.command === 'run')
        checkRunArgs(cmd, argv);
    const workingDirectory = (0,external_node_path_.resolve)(inputs.workingDirectory);
    const goOptions = {
        downloadBaseUrl: inputs.goDownloadBaseUrl,
        workingDirectory,
        env: process.env,
    };
    // Like ko, run the go on PATH (or $KO_GO_PATH) without asking its version first; only a
    // missing go goes through setupGo (which installs the version go.mod names).
    const goPath = existingGoPath(goOptions);
    const go = goPath ? Promise.resolve({ goPath }) : setupGo(goOptions);
    go.catch(() => undefined); // awaited, and reported, after the working directory is checked
    let headStart = Promise.resolve(undefined);
    const builds = cmd.command === 'build' || cmd.command === 'run';
    // --ldflags change go build's arguments: the head start would build what nobody takes.
    if (builds && goPath && (0,external_node_fs_.existsSync)(workingDirectory) && !cmd.ko.ldflags) {
        // go build first: it is the longer of the two.
        headStart = startBuilds(goPath, inputs, process.env);
        const requested = inputs.importPaths.map((p) => (0,ko_reference/* stripKoScheme */.ug)(p.trim()));
        const list = () => (0,go_packages/* prefetchPackages */.JH)(goPath, requested, workingDirectory, process.env);
        headStart.then(list, list);
    }
    // The engine loads after the builds are spawned: loading it first would delay them.
    const started = await headStart.catch(() => undefined);
    const { runCli } = await __nccwpck_require__.e(/* import() */ 196).then(__nccwpck_require__.bind(__nccwpck_require__, 4196));
    try {
        return await runCli(cmd, inputs, go, started?.take);
    }
    finally {
        await started?.close();
    }
}
/** The action inputs the flags set, plus what the command's arguments mean. */
function cliInput(cmd, name) {
    if (name === 'import-paths' && (cmd.command === 'build' || cmd.command === 'run')) {
        return cmd.command === 'build'
            ? [...cmd.args, ...cmd.afterDash].join('\n')
            : cmd.args.join('\n');
    }
    if (name === 'repo' && !cmd.inputs.repo && cmd.ko.local && !process.env.KO_DOCKER_REPO) {
        return 'ko.local'; // ko: --local with no KO_DOCKER_REPO loads as ko.local/…
    }
    return cmd.inputs[name] ?? '';
}
/** ko run's own checks (pkg/commands/run.go). */
function checkRunArgs(cmd, argv) {
    const first = argv[argv.indexOf('run') + 1];
    if (first === undefined)
        throw (0,errors/* inputError */.Xu)('run', 'usage: ko-action run <package>');
    if (first.startsWith('-')) {
        throw (0,errors/* inputError */.Xu)('run', `expected first arg to be positional, got "${first}"`);
    }
    if (cmd.args.length === 0)
        throw (0,errors/* inputError */.Xu)('run', 'ko run: no importpaths listed');
}
main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    process.stderr.write(`Error: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(e))}\n`);
    process.exit(1);
});

