// Medusa v2 configuration for the omnipos sync-test store.
// Everything comes from the environment (set by tests/medusa_harness.py); no .env file needed.
// OMNIPOS_POS_PLUGIN=1 loads the omnipos POS plugin (sync/medusa-plugin, installed by
// installer/setup-medusa.sh): the same install serves stores with and without it.
const { defineConfig } = require("@medusajs/framework/utils")

const posPlugin = process.env.OMNIPOS_POS_PLUGIN === "1"
  ? [{ resolve: "@omnipos/medusa-pos",
       options: { maxBatch: Number(process.env.OMNIPOS_POS_MAX_BATCH || 50) } }]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions: { connection: { ssl: false } },
    http: {
      storeCors: process.env.STORE_CORS || "http://127.0.0.1",
      adminCors: process.env.ADMIN_CORS || "http://127.0.0.1",
      authCors: process.env.AUTH_CORS || "http://127.0.0.1",
      jwtSecret: process.env.JWT_SECRET || "omnipos-test-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "omnipos-test-cookie-secret",
    },
  },
  plugins: posPlugin,
  admin: { disable: true },
})
