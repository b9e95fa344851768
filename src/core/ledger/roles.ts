/** What the sections around something make of it: work, checks, something else, or history. */
import type { Section } from '../model/document.js';
import type { WorkRole } from '../model/work.js';
import { nameIn, type CompiledProfile } from '../profiles/compile.js';

/** Whether a section, or one around it, records the past (a session log, a dated entry). */
export function inHistory(profile: CompiledProfile, section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (isHistorySection(profile, s)) return true;
  return false;
}

const historyCache = new WeakMap<Section, { profile: CompiledProfile; history: boolean }>();

export function isHistorySection(profile: CompiledProfile, section: Section): boolean {
  const cached = historyCache.get(section);
  if (cached?.profile === profile) return cached.history;
  const history = nameIn(section.key, profile.history) || profile.logEntry.test(section.title.replace(/^[^\p{L}\p{N}[]+/u, ''));
  historyCache.set(section, { profile, history });
  return history;
}

/**
 * The role of a box in a section: history anywhere around it wins; otherwise the
 * innermost section named as tasks, checks or ignored decides. When the profile names
 * its task sections, a box in none of them is not work.
 */
export function roleIn(profile: CompiledProfile, section: Section | null): WorkRole {
  if (inHistory(profile, section)) return 'history';
  const { tasks, checklists, ignore } = profile.work;
  for (let s = section; s; s = s.parent) {
    // A phase's title names its work ("Phase 3: Testing & Launch"), not a kind of list.
    if (s.kind === 'heading' && profile.groupPattern.test(s.title.replace(/^[^\p{L}\p{N}]+/u, ''))) continue;
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
  for (let s = section; s; s = s.parent) if (profile.claimSections.some((name) => s.key === name || s.key.startsWith(`${name} `))) return true;
  return false;
}
