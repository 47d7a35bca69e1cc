/**
 * The local server of `fzlint serve`: it hands out the page and its script and nothing else. There is no
 * endpoint that accepts data; reports are read and linted inside the page. The Content-Security-Policy makes
 * that hold for the page too: it may load its own script and nothing more, and may open no connection at all.
 */
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {loadPageAssets, type PageAssets} from './page-assets.js'

export interface ServeOptions {
  /** Interface to listen on; loopback by default, so only this computer can open the page. */
  host?: string
  /** 0 picks a free port. */
  port?: number
}

export interface ServeServer {
  url: string
  port: number
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

function send(response: ServerResponse, status: number, headers: Record<string, string>, body = ''): void {
  response.writeHead(status, {'Content-Length': String(Buffer.byteLength(body)), ...headers})
  response.end(body)
}

function createRequestHandler(assets: PageAssets) {
  const resources: Record<string, Resource> = {
    '/': {contentType: 'text/html; charset=utf-8', body: assets.html},
    '/app.js': {contentType: 'text/javascript; charset=utf-8', body: assets.script},
  }
  const commonHeaders = {
    'Content-Security-Policy': contentSecurityPolicy(assets),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const resource = Object.hasOwn(resources, path) ? resources[path]! : undefined
    if (!resource) {
      send(response, 404, {...commonHeaders, 'Content-Type': 'text/plain; charset=utf-8'}, '404 没有此页面 / not found\n')
      return
    }
    if (request.method !== 'GET') {
      send(response, 405, {...commonHeaders, Allow: 'GET', 'Content-Type': 'text/plain; charset=utf-8'}, '405 只接受 GET / only GET is served\n')
      return
    }
    send(response, 200, {...commonHeaders, 'Content-Type': resource.contentType}, resource.body)
  }
}

function urlFor(address: AddressInfo): string {
  // Listening on every interface (0.0.0.0, ::) is not an address a browser can open; this computer's name is.
  const isUnspecified = address.address === '0.0.0.0' || address.address === '::'
  const host = isUnspecified ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address
  return `http://${host}:${address.port}/`
}

/** Starts the server; rejects with the listen error (EADDRINUSE, EACCES) or PageAssetsMissingError. */
export async function startServeServer({host = '127.0.0.1', port = 0}: ServeOptions = {}): Promise<ServeServer> {
  const server = createServer(createRequestHandler(loadPageAssets()))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  return {
    url: urlFor(address),
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // A browser tab keeps its connection alive; it must not hold the command open after Ctrl+C.
        server.closeAllConnections()
      }),
  }
}
