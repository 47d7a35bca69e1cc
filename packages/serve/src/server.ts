/**
 * The local server of `fzlint serve`: it hands out the page and its script and nothing else. There is no
 * endpoint that accepts data; reports are read and linted inside the page. The Content-Security-Policy makes
 * that hold for the page too: it may load its own script and nothing more, and may open no connection at all.
 */
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import {isIPv6, type AddressInfo} from 'node:net'
import {networkInterfaces} from 'node:os'
import {loadPageAssets, type PageAssets} from './page-assets.js'

export interface ServeOptions {
  /** Interface to listen on; loopback by default, so only this computer can open the page. */
  host?: string
  /** 0 picks a free port. */
  port?: number
}

export interface ServeServer {
  /** Where a browser on this computer opens the page. */
  url: string
  port: number
  /** The address and port it listens on, as bound (`0.0.0.0:8391` for every interface). */
  listeningOn: string
  /** False when other computers can reach it: bound to a network address or to every interface. */
  isLoopbackOnly: boolean
  /** Addresses other computers on the network can open, when it is not loopback only. */
  networkUrls: string[]
  close(): Promise<void>
}

export function contentSecurityPolicy(assets: PageAssets): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${assets.styleHash}`,
    // The empty favicon (`data:,`) keeps the browser from asking the server for one.
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

interface Resource {
  contentType: string
  body: string
}

/** HEAD gets the headers GET would, Content-Length included, and no body (RFC 9110 §9.3.2). */
function send(request: IncomingMessage, response: ServerResponse, status: number, headers: Record<string, string>, body = ''): void {
  response.writeHead(status, {'Content-Length': String(Buffer.byteLength(body)), ...headers})
  response.end(request.method === 'HEAD' ? undefined : body)
}

const LOOPBACK_HOST_NAMES = ['localhost', '127.0.0.1', '[::1]']

function isLoopbackAddress(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1'
}

function isUnspecifiedAddress(address: string): boolean {
  return address === '0.0.0.0' || address === '::'
}

function hostNameOf(address: string): string {
  return isIPv6(address) ? `[${address}]` : address
}

/**
 * The interface addresses of this computer that other computers can reach through a server bound to `bound`:
 * 0.0.0.0 takes IPv4 only, :: both (Node listens dual-stack).
 */
function findNetworkAddresses(bound: string): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal && !entry.address.startsWith('fe80:') && (bound === '::' || entry.family === 'IPv4'))
    .map((entry) => entry.address)
}

/**
 * The Host header values the server answers: the loopback names with its port, and, when it was bound to a network
 * address on purpose, that address (every interface's for 0.0.0.0). Anything else is refused, so that a web page
 * whose domain is made to resolve to 127.0.0.1 (DNS rebinding) cannot read the page as its own origin.
 */
function findAllowedHosts(address: AddressInfo): Set<string> {
  const names = [...LOOPBACK_HOST_NAMES]
  if (!isLoopbackAddress(address.address)) {
    names.push(...(isUnspecifiedAddress(address.address) ? findNetworkAddresses(address.address) : [address.address]).map(hostNameOf))
  }
  const allowed = new Set(names.map((name) => `${name}:${address.port}`))
  // A browser leaves out the port it implies (80 for http).
  if (address.port === 80) for (const name of names) allowed.add(name)
  return allowed
}

function createRequestHandler(assets: PageAssets, allowedHosts: () => Set<string>) {
  const resources: Record<string, Resource> = {
    '/': {contentType: 'text/html; charset=utf-8', body: assets.html},
    '/app.js': {contentType: 'text/javascript; charset=utf-8', body: assets.script},
    // pdf.js, which the page loads when a .pdf is dropped.
    ...(assets.pdfScript === undefined ? {} : {'/pdf.js': {contentType: 'text/javascript; charset=utf-8', body: assets.pdfScript}}),
    // word-extractor, which the page loads when a .doc or an OLE .wps is dropped.
    ...(assets.wordScript === undefined ? {} : {'/word.js': {contentType: 'text/javascript; charset=utf-8', body: assets.wordScript}}),
  }
  const commonHeaders = {
    'Content-Security-Policy': contentSecurityPolicy(assets),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
  return (request: IncomingMessage, response: ServerResponse) => {
    if (!allowedHosts().has((request.headers.host ?? '').toLowerCase())) {
      const body = '421 此页面只能通过 localhost、127.0.0.1 或 [::1] 打开 / this page answers only localhost, 127.0.0.1 or [::1]\n'
      send(request, response, 421, {...commonHeaders, 'Content-Type': 'text/plain; charset=utf-8'}, body)
      return
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const resource = Object.hasOwn(resources, path) ? resources[path]! : undefined
    if (!resource) {
      send(request, response, 404, {...commonHeaders, 'Content-Type': 'text/plain; charset=utf-8'}, '404 没有此页面 / not found\n')
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(request, response, 405, {...commonHeaders, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8'}, '405 只接受 GET 和 HEAD / only GET and HEAD are served\n')
      return
    }
    send(request, response, 200, {...commonHeaders, 'Content-Type': resource.contentType}, resource.body)
  }
}

function urlFor(address: AddressInfo): string {
  // Listening on every interface (0.0.0.0, ::) is not an address a browser can open; this computer's name is.
  return `http://${isUnspecifiedAddress(address.address) ? 'localhost' : hostNameOf(address.address)}:${address.port}/`
}

/** Starts the server; rejects with the listen error (EADDRINUSE, EACCES) or PageAssetsMissingError. */
export async function startServeServer({host = '127.0.0.1', port = 0}: ServeOptions = {}): Promise<ServeServer> {
  // The port is known only once listening (--port 0), and the handler runs only after that.
  let allowedHosts = new Set<string>()
  const server = createServer(createRequestHandler(loadPageAssets(), () => allowedHosts))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  allowedHosts = findAllowedHosts(address)
  const isLoopbackOnly = isLoopbackAddress(address.address)
  return {
    url: urlFor(address),
    port: address.port,
    listeningOn: `${hostNameOf(address.address)}:${address.port}`,
    isLoopbackOnly,
    networkUrls: isLoopbackOnly
      ? []
      : (isUnspecifiedAddress(address.address) ? findNetworkAddresses(address.address) : [address.address]).map((networkAddress) => `http://${hostNameOf(networkAddress)}:${address.port}/`),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // A browser tab keeps its connection alive; it must not hold the command open after Ctrl+C.
        server.closeAllConnections()
      }),
  }
}
