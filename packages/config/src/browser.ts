/**
 * The part of @fzlint/config that runs in a browser: the shipped presets and profiles, profile detection
 * and rule tables. Finding, reading and validating config files needs the file system, so it is not here.
 */
export {detectProfile, classifyOrgan, findOrganInTitle, type DetectedProfile} from './detect-profile.js'
export {findPreset, PRESET_NAMES, PROFILE_CONFIGS} from './presets.js'
export {applyRuleSettings, configureRules, recommendedRuleStates, sortRuleTable, type RuleState} from './rule-table.js'
