/** @fzlint/serve: the local page where reports are checked in the browser (`fzlint serve`). */
export {startServeServer, contentSecurityPolicy, type ServeOptions, type ServeServer} from './server.js'
export {loadPageAssets, PageAssetsMissingError, type PageAssets} from './page-assets.js'
