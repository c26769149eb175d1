import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Not found inside the signed-in app: shown within the app's layout (which already provides <main>). */
export default async function AppNotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1>{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("notFoundBody")}</p>
      <p className="mt-6">
        <Link href="/">{t("goHome")}</Link>
      </p>
    </div>
  );
}
