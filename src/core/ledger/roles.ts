/** What the sections around something make of it: work, checks, something else, or history. */
import type { Section } from '../model/document.js';
import type { WorkRole } from '../model/work.js';
import { nameIn, type CompiledProfile, type NameSet } from '../profiles/compile.js';
import { leadStripped } from '../text/names.js';

function isGroupHeading(profile: CompiledProfile, section: Section): boolean {
  return section.kind === 'heading' && profile.groupPattern.test(leadStripped(section.title));
}

function startsWithName(key: string, names: NameSet): boolean {
  return names.some((name) => key === name || key.startsWith(`${name} `));
}

/** Whether a section, or one around it, is a dated or numbered log entry (`### Session 3 - 2026-01-12`). */
export function inLogEntry(profile: CompiledProfile, section: Section | null): boolean {
  for (let s = section; s; s = s.parent)
    if (!isGroupHeading(profile, s) && profile.logEntry.test(s.title.replace(/^[^\p{L}\p{N}[]+/u, ''))) return true;
  return false;
}

/** Whether a section, or one around it, records the past (a session log, a dated entry). */
export function inHistory(profile: CompiledProfile, section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (isHistorySection(profile, s)) return true;
  return false;
}

const historyCache = new WeakMap<Section, { profile: CompiledProfile; history: boolean }>();

export function isHistorySection(profile: CompiledProfile, section: Section): boolean {
  const cached = historyCache.get(section);
  if (cached?.profile === profile) return cached.history;
  const title = section.title.replace(/^[^\p{L}\p{N}[]+/u, '');
  // A phase is work, whatever its name says ("Phase 5: Monthly Archive"); a log's name comes first ("Session Log - March").
  const history =
    !isGroupHeading(profile, section) && (startsWithName(section.key, profile.history) || profile.logEntry.test(title));
  historyCache.set(section, { profile, history });
  return history;
}

/**
 * The role of a box (on a line) in a section: history anywhere around it wins; otherwise the
 * innermost section named as tasks, checks or ignored decides. When the profile names
 * its task sections, a box in none of them is not work.
 */
export function roleIn(profile: CompiledProfile, section: Section | null, line?: number): WorkRole {
  if (inHistory(profile, section)) return 'history';
  const { tasks, checklists, ignore } = profile.work;
  for (let s = section; s; s = s.parent) {
    // A label names the list right after it, not what follows that list.
    if (s.kind === 'label' && line !== undefined && line > s.blockEndLine) continue;
    // A phase's title names its work ("Phase 3: Testing & Launch"), not a kind of list.
    if (isGroupHeading(profile, s)) continue;
    if (tasks && nameIn(s.key, tasks)) return 'task';
    if (nameIn(s.key, checklists)) return 'checklist';
    if (nameIn(s.key, ignore)) return 'ignored';
  }
  return tasks ? 'ignored' : 'task';
}

/**
 * Whether a section is one where lines stating progress are claims: its title starts
 * with a claim section's name ("Current Status: 41/45 …" is Current Status; "Testing
 * Status" is not Status).
 */
export function inClaimSection(profile: CompiledProfile, section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (startsWithName(s.key, profile.claimSections)) return true;
  return false;
}
