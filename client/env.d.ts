/**
 * Client environment types.
 *
 * Vite's client types (import.meta.glob, asset imports) for the browser code in client/.
 */
/// <reference types="vite/client" />
