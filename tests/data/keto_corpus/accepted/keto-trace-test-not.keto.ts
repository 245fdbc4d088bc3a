
				class User implements Namespace{}
				class File implements Namespace{
					related: {
						blocklist: User[]
					}
					permits = {
						view: (ctx: Context) => !this.related.blocklist.includes(ctx.subject)
					}
				}
			