// Medusa v2 configuration for the omnipos sync-test store.
// Everything comes from the environment (set by tests/medusa_harness.py); no .env file needed.
const { defineConfig } = require("@medusajs/framework/utils")

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
  admin: { disable: true },
})
