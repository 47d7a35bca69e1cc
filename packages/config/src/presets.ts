/** The shipped presets and profiles: plain configs in JSON. */
import recommended from '../presets/recommended.json' with {type: 'json'}
import review from '../presets/review.json' with {type: 'json'}
import strict from '../presets/strict.json' with {type: 'json'}
import government from '../profiles/government.json' with {type: 'json'}
import department from '../profiles/department.json' with {type: 'json'}
import township from '../profiles/township.json' with {type: 'json'}
import type {ReportingBodyProfile} from '@fzlint/core'
import type {FzlintConfig} from './types.js'

const PRESETS: Record<string, FzlintConfig> = {
  recommended: recommended as unknown as FzlintConfig,
  strict: strict as unknown as FzlintConfig,
  // What `fzlint review` starts from: the recommended rules, and the checks worth a reviewing office's look.
  review: review as unknown as FzlintConfig,
}

export const PRESET_NAMES = Object.keys(PRESETS)

export function findPreset(name: string): FzlintConfig | undefined {
  const bare = name.replace(/^fzlint:/u, '')
  return Object.hasOwn(PRESETS, bare) ? PRESETS[bare] : undefined
}

export const PROFILE_CONFIGS: Record<ReportingBodyProfile, FzlintConfig> = {
  government: government as unknown as FzlintConfig,
  department: department as unknown as FzlintConfig,
  township: township as unknown as FzlintConfig,
}
