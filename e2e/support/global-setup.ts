// The web server has started the embedded database; point this process at it (fixtures create their own data).
import { connectToAppDatabase } from "./database";

export default async function globalSetup() {
  await connectToAppDatabase();
}
