const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: ["**/integration-tests/http/*.spec.[jt]s"],
  // Booting Medusa and building a template database takes a while on a 2-core machine.
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/integration-tests/count-reporter.js"],
}
