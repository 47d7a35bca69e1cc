/** Types of the generated ajv standalone validator (config-validator.js). */
import type {ValidateFunction} from 'ajv'

declare const validate: ValidateFunction
export default validate
export declare const ruleIds: string[]
