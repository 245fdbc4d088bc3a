   class Document implements Namespace {
     related: {
       editors: User[]
     }
   }
