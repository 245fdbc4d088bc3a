
			class User implements Namespace {}
			class Corporate implements Namespace {
				related: {
					releasers: User[]
				}
			}					
			class UserGroup implements Namespace {
				related: {
					members: User[]
				}
			}
			class AccountGroup implements Namespace {
				related: {
					managers: SubjectSet<UserGroup, "members">[]
				}
			}
			class Account implements Namespace {
				related: {
					managers: SubjectSet<AccountGroup, "managers">[]
				}
			}
			class Task implements Namespace {
				related: {
					managers: (SubjectSet<Account, "managers"> | SubjectSet<Corporate, "releasers">)[]
					
					blocklist: SubjectSet<UserGroup, "members">[]
				}
				permits = {
					viewer: (ctx: Context) => this.related.managers.includes(ctx.subject) && !this.related.blocklist.includes(ctx.subject)
				}
			}
			