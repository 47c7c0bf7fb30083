import { ArticleForm } from "../../../components/article-form"

/** /app/articles/create */
const CreateArticlePage = () => <ArticleForm />

export const handle = {
  breadcrumb: () => "New article",
}

export default CreateArticlePage
