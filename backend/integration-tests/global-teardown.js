const { dropTemplate } = require("./template-database")

module.exports = async () => {
  await dropTemplate(process.env.TEST_TEMPLATE_DB)
}
