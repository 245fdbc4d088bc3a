
				class User implements Namespace{}
				class File implements Namespace{
					related: {
						viewers: User[]
						blocklist: User[]
					}
					permits = {
						view: (ctx: Context) => this.related.viewers.includes(ctx.subject) && !this.related.blocklist.includes(ctx.subject)
					}
				}
			