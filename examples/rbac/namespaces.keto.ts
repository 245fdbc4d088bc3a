// Hierarchical role-based access control: roles inherit the permissions of
// the roles below them, and role holders are users or holders of other roles.
import { Namespace, SubjectSet, Context } from "@ory/keto-namespace-types"

class User implements Namespace {}

class Role implements Namespace {
  related: {
    // who holds the role: users, or everyone holding a more senior role
    holders: (User | SubjectSet<Role, "holders">)[]
  }
}

class Project implements Namespace {
  related: {
    viewer: SubjectSet<Role, "holders">[]
    developer: SubjectSet<Role, "holders">[]
    maintainer: SubjectSet<Role, "holders">[]
  }

  permits = {
    read: (ctx: Context): boolean =>
      this.related.viewer.includes(ctx.subject) ||
      this.permits.write(ctx),
    write: (ctx: Context): boolean =>
      this.related.developer.includes(ctx.subject) ||
      this.permits.deploy(ctx),
    deploy: (ctx: Context): boolean => this.related.maintainer.includes(ctx.subject),
  }
}
