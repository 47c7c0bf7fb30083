const { createTemplate } = require("./template-database")

// Suites read the template's name from the environment (helpers/test-runner.ts).
module.exports = async () => {
  process.env.TEST_TEMPLATE_DB = await createTemplate()
}
