// A GitHub-like model: organizations with teams, repositories owned by an
// organization, per-repository roles, and inheritance from the organization.
import { Namespace, SubjectSet, Context } from "@ory/keto-namespace-types"

class User implements Namespace {}

class Organization implements Namespace {
  related: {
    owners: User[]
    members: (User | SubjectSet<Team, "members">)[]
  }

  permits = {
    administer: (ctx: Context): boolean => this.related.owners.includes(ctx.subject),
    participate: (ctx: Context): boolean =>
      this.permits.administer(ctx) ||
      this.related.members.includes(ctx.subject),
  }
}

class Team implements Namespace {
  related: {
    // teams nest: the members of a child team are members of its parent
    members: (User | SubjectSet<Team, "members">)[]
    maintainers: User[]
    organization: Organization[]
  }

  permits = {
    manage: (ctx: Context): boolean =>
      this.related.maintainers.includes(ctx.subject) ||
      this.related.organization.traverse((o) => o.permits.administer(ctx)),
  }
}

class Repository implements Namespace {
  related: {
    owner: Organization[]
    admins: (User | SubjectSet<Team, "members">)[]
    writers: (User | SubjectSet<Team, "members">)[]
    readers: (User | SubjectSet<Team, "members">)[]
    // public repositories: readable by every member of the owning organization
    public: Organization[]
  }

  permits = {
    admin: (ctx: Context): boolean =>
      this.related.admins.includes(ctx.subject) ||
      this.related.owner.traverse((o) => o.permits.administer(ctx)),
    push: (ctx: Context): boolean =>
      this.permits.admin(ctx) ||
      this.related.writers.includes(ctx.subject),
    pull: (ctx: Context): boolean =>
      this.permits.push(ctx) ||
      this.related.readers.includes(ctx.subject) ||
      this.related.public.traverse((o) => o.permits.participate(ctx)),
  }
}
