-- The technology vocabulary: about 2,270 canonical technology, practice and
-- discipline terms with their aliases and inflected forms, each tagged with
-- a kind and the roles it applies to. A job description is read against
-- every term here, not only against a role's groups.
--
-- Our own list of facts (names of languages, tools, services and practices
-- and their usual spellings), checked against and completed from the O*NET
-- technology examples named in SOURCES.md (CC BY 4.0); no text was copied.
--
-- Stored as one row per kind, one term a line, so that loading costs a few
-- rows however many terms there are (the catalog's SQL runs at every
-- start): see the technologies table in 00-schema.sql for the layout. Edit
-- it by hand, a term a line; test-matcher checks that every spelling is
-- found as its own term, and the matcher reads it.
--
-- Case rules as in 10-keywords.sql: "!" marks a spelling that is also an
-- ordinary English word ("Ray", "Realm", "Cursor", "Celery"), matched with
-- its exact capitals only; "^" one that a hyphen glues into another word.
-- One-letter languages ("C", "R") are both, and the matcher keeps "R&D" and
-- "Series C" out.

INSERT INTO technologies (kind, terms) VALUES
  ('language',
'	=Node.js
	=Python
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=Go	Go Lang	Go language
	=Java
	=Rust
	=TypeScript
	=JavaScript
	=PHP
	=Ruby
	=Kotlin
	=Scala
	=C#
	=C++
	=Swift
	=Objective-C
	=Dart
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=Bash	shell scripts	shell script
	=SQL
	=HTML
	=CSS
	=Sass
	=WebAssembly
	=PySpark
backend-developer full-stack-developer	Elixir
backend-developer full-stack-developer	Erlang
backend-developer full-stack-developer	Clojure
backend-developer full-stack-developer	Haskell
backend-developer full-stack-developer	OCaml
backend-developer full-stack-developer	F#	FSharp
backend-developer full-stack-developer	!Perl
backend-developer full-stack-developer	Lua
backend-developer full-stack-developer	Groovy
backend-developer full-stack-developer	!Julia
backend-developer full-stack-developer	Fortran
backend-developer full-stack-developer	COBOL
backend-developer full-stack-developer	!Ada
backend-developer full-stack-developer	Visual Basic	VB.NET	VBA
backend-developer full-stack-developer	Delphi	Object Pascal
backend-developer full-stack-developer	!Pascal
backend-developer full-stack-developer	Lisp	Common Lisp
backend-developer full-stack-developer	Racket
backend-developer full-stack-developer	Prolog
backend-developer full-stack-developer	Zig
backend-developer full-stack-developer	Nim
backend-developer full-stack-developer	!Crystal
backend-developer full-stack-developer	ReasonML
backend-developer full-stack-developer	PureScript
backend-developer full-stack-developer	!Elm
backend-developer full-stack-developer	CoffeeScript
backend-developer full-stack-developer	Solidity
backend-developer full-stack-developer	Vyper
backend-developer full-stack-developer	!Apex
backend-developer full-stack-developer	ABAP
backend-developer full-stack-developer	Tcl
backend-developer full-stack-developer	Smalltalk
backend-developer full-stack-developer	Mojo
backend-developer full-stack-developer	Gleam
backend-developer full-stack-developer	Raku
backend-developer full-stack-developer	PowerShell
backend-developer full-stack-developer	Zsh
backend-developer full-stack-developer	!awk
backend-developer full-stack-developer	Makefile
backend-developer full-stack-developer	CMake
backend-developer full-stack-developer	Bazel
backend-developer full-stack-developer	!Meson
backend-developer full-stack-developer	!^C	^C language	ANSI C	C99	C11	C17
backend-developer full-stack-developer	!^R	R language	^R programming
backend-developer full-stack-developer	MATLAB
backend-developer full-stack-developer	!SAS
backend-developer full-stack-developer	Stata
backend-developer full-stack-developer	SPSS
backend-developer full-stack-developer	Assembly	assembly language	x86 assembly	ARM assembly
backend-developer full-stack-developer	Verilog
backend-developer full-stack-developer	VHDL
backend-developer full-stack-developer	SystemVerilog
backend-developer full-stack-developer	CUDA
backend-developer full-stack-developer	OpenCL
backend-developer full-stack-developer	GLSL
backend-developer full-stack-developer	HLSL
backend-developer full-stack-developer	WGSL
backend-developer full-stack-developer	T-SQL	Transact-SQL	TSQL
backend-developer full-stack-developer	PL/SQL	PLSQL
backend-developer full-stack-developer	PL/pgSQL
backend-developer full-stack-developer	HiveQL
backend-developer full-stack-developer	SparkSQL	Spark SQL
backend-developer full-stack-developer	GraphQL SDL
backend-developer full-stack-developer	Kotlin/JS
backend-developer full-stack-developer	Kotlin/Native
backend-developer full-stack-developer	Java EE	Jakarta EE	J2EE
backend-developer full-stack-developer	Java SE
backend-developer full-stack-developer	JVM	Java Virtual Machine
backend-developer full-stack-developer	CLR
backend-developer full-stack-developer	Deno
backend-developer full-stack-developer	!Bun
backend-developer full-stack-developer	TypeScript 5
backend-developer full-stack-developer	ES modules	ESM	ECMAScript modules
backend-developer full-stack-developer	JSX
backend-developer full-stack-developer	TSX
backend-developer full-stack-developer	XML
backend-developer full-stack-developer	XSLT
backend-developer full-stack-developer	XPath
backend-developer full-stack-developer	XQuery
backend-developer full-stack-developer	YAML	YML
backend-developer full-stack-developer	TOML
backend-developer full-stack-developer	JSON
backend-developer full-stack-developer	JSON Schema
backend-developer full-stack-developer	Protocol Buffers	protobuf
backend-developer full-stack-developer	Apache Avro	Avro
backend-developer full-stack-developer	Apache Thrift	Thrift
backend-developer full-stack-developer	MessagePack
backend-developer full-stack-developer	FlatBuffers
backend-developer full-stack-developer	Cap''n Proto
backend-developer full-stack-developer	HCL	HashiCorp Configuration Language
backend-developer full-stack-developer	Jsonnet
backend-developer full-stack-developer	!CUE
backend-developer full-stack-developer	Rego
backend-developer full-stack-developer	Starlark
backend-developer full-stack-developer	Dhall
backend-developer full-stack-developer	!Nix
backend-developer full-stack-developer	Markdown
backend-developer full-stack-developer	LaTeX
backend-developer full-stack-developer	reStructuredText
backend-developer full-stack-developer	Regex	regular expressions	regular expression
backend-developer full-stack-developer	Jinja	Jinja2
backend-developer full-stack-developer	Handlebars
backend-developer full-stack-developer	!Mustache
backend-developer full-stack-developer	!Liquid
backend-developer full-stack-developer	Twig
backend-developer full-stack-developer	EJS
backend-developer full-stack-developer	!Pug
backend-developer full-stack-developer	!Razor
backend-developer full-stack-developer	AJAX
backend-developer full-stack-developer	Adobe ActionScript	ActionScript
backend-developer full-stack-developer	Adobe Flex	Apache Flex
backend-developer full-stack-developer	Classic ASP	Active Server Pages	ASP Classic
backend-developer full-stack-developer	Eiffel
backend-developer full-stack-developer	KornShell	ksh
backend-developer full-stack-developer	Bourne shell
backend-developer full-stack-developer	XHTML
backend-developer full-stack-developer	DHTML
backend-developer full-stack-developer	XSL	XSL-FO
backend-developer full-stack-developer	WSDL
backend-developer full-stack-developer	XAML
backend-developer full-stack-developer	Interface Definition Language	!IDL
backend-developer full-stack-developer	UML	Unified Modeling Language
backend-developer full-stack-developer	PL/I	PL/1
backend-developer full-stack-developer	!APL
backend-developer full-stack-developer	Modula-2
backend-developer full-stack-developer	!Oberon
backend-developer full-stack-developer	MUMPS
backend-developer full-stack-developer	REXX
backend-developer full-stack-developer	JCL	Job Control Language
backend-developer full-stack-developer	!BASIC	QBasic
backend-developer full-stack-developer	MDX	Multidimensional Expressions
backend-developer full-stack-developer	Data Definition Language	!DDL
backend-developer full-stack-developer	Data Manipulation Language	!DML
backend-developer full-stack-developer	AspectJ
backend-developer full-stack-developer	Groovy on Grails	Grails'),
  ('framework',
'	=Spring Boot
	=Spring
	=Express
	=FastAPI
	=Django
	=Flask
	=Ruby on Rails
	=Laravel
	=ASP.NET
	=.NET
	=Gin
	=NestJS
	=React
	=Angular
	=Vue.js
	=Svelte
	=Next.js
	=Nuxt
backend-developer full-stack-developer	=RxJS
backend-developer full-stack-developer	=service worker
	=Apache Spark
	=dbt
	=pandas
data-engineer	=Great Expectations
	=SwiftUI
	=UIKit
backend-developer full-stack-developer	=Core Data
backend-developer full-stack-developer	=ARKit
	=Jetpack Compose
	=React Native
	=Flutter
backend-developer full-stack-developer	Django REST Framework	DRF
backend-developer full-stack-developer	!Celery
backend-developer full-stack-developer	Fastify
backend-developer full-stack-developer	Apollo Server
backend-developer full-stack-developer	Apollo Client	!Apollo
backend-developer full-stack-developer	Koa	Koa.js
backend-developer full-stack-developer	Hapi	hapi.js
backend-developer full-stack-developer	Sails.js
backend-developer full-stack-developer	AdonisJS
backend-developer full-stack-developer	Feathers	FeathersJS
backend-developer full-stack-developer	LoopBack
backend-developer full-stack-developer	!Tornado
backend-developer full-stack-developer	!Pyramid
backend-developer full-stack-developer	Sanic
backend-developer full-stack-developer	Starlette
backend-developer full-stack-developer	aiohttp
backend-developer full-stack-developer	!Quart
backend-developer full-stack-developer	!Falcon
backend-developer full-stack-developer	!Bottle
backend-developer full-stack-developer	web2py
backend-developer full-stack-developer	Pydantic
backend-developer full-stack-developer	SQLAlchemy
backend-developer full-stack-developer	!Alembic
backend-developer full-stack-developer	!Marshmallow
backend-developer full-stack-developer	Gunicorn
backend-developer full-stack-developer	uWSGI
backend-developer full-stack-developer	Uvicorn
backend-developer full-stack-developer	asyncio
backend-developer full-stack-developer	!Twisted
backend-developer full-stack-developer	gevent
backend-developer full-stack-developer	Dramatiq
backend-developer full-stack-developer	!RQ
backend-developer full-stack-developer	!Huey
backend-developer full-stack-developer	Micronaut
backend-developer full-stack-developer	Quarkus
backend-developer full-stack-developer	Vert.x	Vertx
backend-developer full-stack-developer	Dropwizard
backend-developer full-stack-developer	!Jersey
backend-developer full-stack-developer	Play Framework
backend-developer full-stack-developer	Akka
backend-developer full-stack-developer	Apache Pekko	Pekko
backend-developer full-stack-developer	Ktor
backend-developer full-stack-developer	Javalin
backend-developer full-stack-developer	Helidon
backend-developer full-stack-developer	Struts	Apache Struts
backend-developer full-stack-developer	JSF	JavaServer Faces
backend-developer full-stack-developer	JSP	JavaServer Pages
backend-developer full-stack-developer	Servlets	Java Servlets
backend-developer full-stack-developer	Spring MVC
backend-developer full-stack-developer	Spring Cloud
backend-developer full-stack-developer	Spring Security
backend-developer full-stack-developer	Spring Data
backend-developer full-stack-developer	Spring Batch
backend-developer full-stack-developer	Spring WebFlux	WebFlux
backend-developer full-stack-developer	Spring Integration
backend-developer full-stack-developer	Project Reactor
backend-developer full-stack-developer	Hibernate
backend-developer full-stack-developer	JPA	Java Persistence API
backend-developer full-stack-developer	MyBatis
backend-developer full-stack-developer	jOOQ
backend-developer full-stack-developer	Flyway
backend-developer full-stack-developer	Liquibase
backend-developer full-stack-developer	Lombok	Project Lombok
backend-developer full-stack-developer	MapStruct
backend-developer full-stack-developer	Gson
backend-developer full-stack-developer	!Guava
backend-developer full-stack-developer	Apache Commons
backend-developer full-stack-developer	Netty
backend-developer full-stack-developer	gRPC-Java
backend-developer full-stack-developer	RxJava
backend-developer full-stack-developer	Vavr
backend-developer full-stack-developer	Entity Framework	EF Core	Entity Framework Core
backend-developer full-stack-developer	!Dapper
backend-developer full-stack-developer	Blazor
backend-developer full-stack-developer	ASP.NET Core
backend-developer full-stack-developer	ASP.NET MVC
backend-developer full-stack-developer	Web API	ASP.NET Web API
backend-developer full-stack-developer	WCF	Windows Communication Foundation
backend-developer full-stack-developer	WPF	Windows Presentation Foundation
backend-developer full-stack-developer	WinForms	Windows Forms
backend-developer full-stack-developer	.NET MAUI	!MAUI
backend-developer full-stack-developer	Xamarin
backend-developer full-stack-developer	SignalR
backend-developer full-stack-developer	MediatR
backend-developer full-stack-developer	AutoMapper
backend-developer full-stack-developer	NUnit
backend-developer full-stack-developer	xUnit	xUnit.net
backend-developer full-stack-developer	MSTest
backend-developer full-stack-developer	!Moq
backend-developer full-stack-developer	LINQ
backend-developer full-stack-developer	Serilog
backend-developer full-stack-developer	NLog
backend-developer full-stack-developer	Hangfire
backend-developer full-stack-developer	Microsoft Orleans
backend-developer full-stack-developer	Symfony
backend-developer full-stack-developer	CodeIgniter
backend-developer full-stack-developer	CakePHP
backend-developer full-stack-developer	Yii
backend-developer full-stack-developer	Zend Framework	Laminas
backend-developer full-stack-developer	Slim Framework
backend-developer full-stack-developer	Phalcon
backend-developer full-stack-developer	!Composer
backend-developer full-stack-developer	PHPUnit
backend-developer full-stack-developer	!Doctrine	Doctrine ORM
backend-developer full-stack-developer	!Eloquent
backend-developer full-stack-developer	Livewire
backend-developer full-stack-developer	Inertia.js	Inertia
backend-developer full-stack-developer	WordPress
backend-developer full-stack-developer	Drupal
backend-developer full-stack-developer	Magento
backend-developer full-stack-developer	Joomla
backend-developer full-stack-developer	!Sinatra
backend-developer full-stack-developer	Hanami
backend-developer full-stack-developer	!Grape
backend-developer full-stack-developer	RSpec
backend-developer full-stack-developer	Minitest
backend-developer full-stack-developer	Sidekiq
backend-developer full-stack-developer	Resque
backend-developer full-stack-developer	Capybara
backend-developer full-stack-developer	!Puma
backend-developer full-stack-developer	RuboCop
backend-developer full-stack-developer	!Bundler
backend-developer full-stack-developer	ActiveRecord	Active Record
backend-developer full-stack-developer	Hotwire
backend-developer full-stack-developer	!Turbo
backend-developer full-stack-developer	!Stimulus	StimulusJS
backend-developer full-stack-developer	!Phoenix	Phoenix Framework
backend-developer full-stack-developer	Ecto
backend-developer full-stack-developer	LiveView	Phoenix LiveView
backend-developer full-stack-developer	Erlang/OTP
backend-developer full-stack-developer	Echo framework
backend-developer full-stack-developer	!Fiber
backend-developer full-stack-developer	Gorilla Mux	gorilla/mux
backend-developer full-stack-developer	Beego
backend-developer full-stack-developer	GORM
backend-developer full-stack-developer	sqlx
backend-developer full-stack-developer	!Cobra
backend-developer full-stack-developer	testify
backend-developer full-stack-developer	gomock
backend-developer full-stack-developer	Go kit
backend-developer full-stack-developer	goroutines	goroutine
backend-developer full-stack-developer	Actix	Actix Web
backend-developer full-stack-developer	Axum
backend-developer full-stack-developer	!Rocket
backend-developer full-stack-developer	Tokio
backend-developer full-stack-developer	Serde
backend-developer full-stack-developer	!Diesel
backend-developer full-stack-developer	!Warp
backend-developer full-stack-developer	!Hyper
backend-developer full-stack-developer	!Tonic
backend-developer full-stack-developer	Tauri
backend-developer full-stack-developer	!Yew
backend-developer full-stack-developer	Leptos
backend-developer full-stack-developer	!Bevy
backend-developer full-stack-developer	!Vapor
backend-developer full-stack-developer	Kitura
backend-developer full-stack-developer	!Prisma
backend-developer full-stack-developer	TypeORM
backend-developer full-stack-developer	Sequelize
backend-developer full-stack-developer	!Mongoose
backend-developer full-stack-developer	Knex	Knex.js
backend-developer full-stack-developer	Drizzle	Drizzle ORM
backend-developer full-stack-developer	MikroORM
backend-developer full-stack-developer	Objection.js
backend-developer full-stack-developer	Bookshelf.js
backend-developer full-stack-developer	tRPC
backend-developer full-stack-developer	!Hono
backend-developer full-stack-developer	Elysia
backend-developer full-stack-developer	!Remix
backend-developer full-stack-developer	!Astro
backend-developer full-stack-developer	Gatsby
backend-developer full-stack-developer	Eleventy	11ty
backend-developer full-stack-developer	!Hugo
backend-developer full-stack-developer	Jekyll
backend-developer full-stack-developer	Docusaurus
backend-developer full-stack-developer	Qwik
backend-developer full-stack-developer	SolidJS	Solid.js	SolidStart
backend-developer full-stack-developer	Preact
backend-developer full-stack-developer	!Lit	LitElement
backend-developer full-stack-developer	!Stencil	StencilJS
backend-developer full-stack-developer	Alpine.js	AlpineJS
backend-developer full-stack-developer	htmx
backend-developer full-stack-developer	!Ember	Ember.js
backend-developer full-stack-developer	Backbone.js	!Backbone
backend-developer full-stack-developer	!Meteor
backend-developer full-stack-developer	Mithril
backend-developer full-stack-developer	!Marko
backend-developer full-stack-developer	Knockout.js	KnockoutJS
backend-developer full-stack-developer	Angular Material
backend-developer full-stack-developer	NgRx
backend-developer full-stack-developer	Zone.js
backend-developer full-stack-developer	Angular Universal
backend-developer full-stack-developer	Vuex
backend-developer full-stack-developer	Pinia
backend-developer full-stack-developer	Vuetify
backend-developer full-stack-developer	!Quasar
backend-developer full-stack-developer	Nuxt 3
backend-developer full-stack-developer	Vue Router
backend-developer full-stack-developer	VueUse
backend-developer full-stack-developer	React Router
backend-developer full-stack-developer	React Query	TanStack Query
backend-developer full-stack-developer	TanStack Table
backend-developer full-stack-developer	TanStack Router
backend-developer full-stack-developer	!SWR
backend-developer full-stack-developer	Zustand
backend-developer full-stack-developer	Jotai
backend-developer full-stack-developer	!Recoil
backend-developer full-stack-developer	MobX
backend-developer full-stack-developer	XState
backend-developer full-stack-developer	Redux Toolkit	RTK
backend-developer full-stack-developer	Redux-Saga
backend-developer full-stack-developer	Redux Thunk
backend-developer full-stack-developer	React Hook Form
backend-developer full-stack-developer	Formik
backend-developer full-stack-developer	!Yup
backend-developer full-stack-developer	!Zod
backend-developer full-stack-developer	React Hooks
backend-developer full-stack-developer	Context API	React Context
backend-developer full-stack-developer	React Server Components	RSC
backend-developer full-stack-developer	React Suspense
backend-developer full-stack-developer	Chakra UI
backend-developer full-stack-developer	Ant Design	antd
backend-developer full-stack-developer	!Bootstrap
backend-developer full-stack-developer	Foundation CSS
backend-developer full-stack-developer	Bulma
backend-developer full-stack-developer	Semantic UI
backend-developer full-stack-developer	Radix UI	Radix
backend-developer full-stack-developer	shadcn/ui	shadcn
backend-developer full-stack-developer	Headless UI
backend-developer full-stack-developer	Mantine
backend-developer full-stack-developer	PrimeReact
backend-developer full-stack-developer	!Emotion
backend-developer full-stack-developer	CSS Modules
backend-developer full-stack-developer	CSS-in-JS
backend-developer full-stack-developer	PostCSS
backend-developer full-stack-developer	Less CSS
backend-developer full-stack-developer	!Stylus
backend-developer full-stack-developer	!BEM
backend-developer full-stack-developer	vanilla-extract
backend-developer full-stack-developer	UnoCSS
backend-developer full-stack-developer	Framer Motion
backend-developer full-stack-developer	GSAP	GreenSock
backend-developer full-stack-developer	Three.js	ThreeJS
backend-developer full-stack-developer	D3.js	!D3
backend-developer full-stack-developer	Chart.js
backend-developer full-stack-developer	Highcharts
backend-developer full-stack-developer	ECharts	Apache ECharts
backend-developer full-stack-developer	Recharts
backend-developer full-stack-developer	Plotly	Plotly.js
backend-developer full-stack-developer	!Leaflet
backend-developer full-stack-developer	Mapbox
backend-developer full-stack-developer	OpenLayers
backend-developer full-stack-developer	PixiJS
backend-developer full-stack-developer	Babylon.js
backend-developer full-stack-developer	p5.js
backend-developer full-stack-developer	WebGL
backend-developer full-stack-developer	WebGPU
backend-developer full-stack-developer	Canvas API	HTML Canvas
backend-developer full-stack-developer	SVG
backend-developer full-stack-developer	Web Workers	Web Worker
backend-developer full-stack-developer	IndexedDB
backend-developer full-stack-developer	localStorage
backend-developer full-stack-developer	WebRTC
backend-developer full-stack-developer	Web Audio API
backend-developer full-stack-developer	Shadow DOM
backend-developer full-stack-developer	Custom Elements
backend-developer full-stack-developer	Fetch API
backend-developer full-stack-developer	Intersection Observer
backend-developer full-stack-developer	Web Vitals
backend-developer full-stack-developer	!Room	Room database
backend-developer full-stack-developer	WorkManager
backend-developer full-stack-developer	LiveData
backend-developer full-stack-developer	ViewModel
backend-developer full-stack-developer	Navigation Component
backend-developer full-stack-developer	Paging 3	Paging library
backend-developer full-stack-developer	!Koin
backend-developer full-stack-developer	OkHttp
backend-developer full-stack-developer	!Glide
backend-developer full-stack-developer	!Picasso
backend-developer full-stack-developer	!Coil
backend-developer full-stack-developer	Moshi
backend-developer full-stack-developer	Kotlin Flow	StateFlow
backend-developer full-stack-developer	RxKotlin
backend-developer full-stack-developer	Kotlin Serialization
backend-developer full-stack-developer	Ktor Client
backend-developer full-stack-developer	!Timber
backend-developer full-stack-developer	LeakCanary
backend-developer full-stack-developer	Robolectric
backend-developer full-stack-developer	MockK
backend-developer full-stack-developer	Mockito
backend-developer full-stack-developer	JUnit	JUnit5	JUnit 5	JUnit4
backend-developer full-stack-developer	!Turbine
backend-developer full-stack-developer	Detekt
backend-developer full-stack-developer	ktlint
backend-developer full-stack-developer	Android Lint
backend-developer full-stack-developer	ProGuard
backend-developer full-stack-developer	!R8
backend-developer full-stack-developer	Firebase Cloud Messaging	FCM
backend-developer full-stack-developer	!Combine
backend-developer full-stack-developer	Core Animation
backend-developer full-stack-developer	Core Graphics
backend-developer full-stack-developer	Core Location
backend-developer full-stack-developer	MapKit
backend-developer full-stack-developer	CoreML	Core ML
backend-developer full-stack-developer	RealityKit
backend-developer full-stack-developer	SceneKit
backend-developer full-stack-developer	SpriteKit
backend-developer full-stack-developer	HealthKit
backend-developer full-stack-developer	HomeKit
backend-developer full-stack-developer	CloudKit
backend-developer full-stack-developer	StoreKit
backend-developer full-stack-developer	PassKit
backend-developer full-stack-developer	WidgetKit
backend-developer full-stack-developer	AVFoundation
backend-developer full-stack-developer	!Metal
backend-developer full-stack-developer	Vision framework
backend-developer full-stack-developer	Core Bluetooth
backend-developer full-stack-developer	SwiftData
backend-developer full-stack-developer	!Realm
backend-developer full-stack-developer	GRDB
backend-developer full-stack-developer	Alamofire
backend-developer full-stack-developer	!Kingfisher
backend-developer full-stack-developer	SnapKit
backend-developer full-stack-developer	RxSwift	ReactiveX for Swift	RxCocoa
backend-developer full-stack-developer	ReactiveSwift
backend-developer full-stack-developer	Swift Concurrency	async/await
backend-developer full-stack-developer	The Composable Architecture	TCA
backend-developer full-stack-developer	!VIPER
backend-developer full-stack-developer	MVC
backend-developer full-stack-developer	MVI
backend-developer full-stack-developer	Redux architecture
backend-developer full-stack-developer	Interface Builder
backend-developer full-stack-developer	Storyboards	Storyboard
backend-developer full-stack-developer	Auto Layout	AutoLayout
backend-developer full-stack-developer	!Nimble
backend-developer full-stack-developer	XCUITest
backend-developer full-stack-developer	SwiftLint
backend-developer full-stack-developer	Carthage
backend-developer full-stack-developer	Tuist
backend-developer full-stack-developer	!Sourcery
backend-developer full-stack-developer	Xcode Instruments
backend-developer full-stack-developer	App Clips
backend-developer full-stack-developer	Siri Shortcuts	SiriKit
backend-developer full-stack-developer	Apple Pay
backend-developer full-stack-developer	Sign in with Apple
backend-developer full-stack-developer	Universal Links
backend-developer full-stack-developer	!Keychain
backend-developer full-stack-developer	iOS SDK
backend-developer full-stack-developer	watchOS
backend-developer full-stack-developer	tvOS
backend-developer full-stack-developer	visionOS
backend-developer full-stack-developer	iPadOS
backend-developer full-stack-developer	macOS
backend-developer full-stack-developer	AppKit
backend-developer full-stack-developer	Mac Catalyst
backend-developer full-stack-developer	Objective-C++
backend-developer full-stack-developer	React Navigation
backend-developer full-stack-developer	Redux Persist
backend-developer full-stack-developer	Reanimated	React Native Reanimated
backend-developer full-stack-developer	!Hermes
backend-developer full-stack-developer	!Metro	Metro bundler
backend-developer full-stack-developer	CodePush	App Center CodePush
backend-developer full-stack-developer	!Detox
backend-developer full-stack-developer	Expo Application Services
backend-developer full-stack-developer	NativeScript
backend-developer full-stack-developer	!Capacitor
backend-developer full-stack-developer	Cordova	Apache Cordova	PhoneGap
backend-developer full-stack-developer	Compose Multiplatform
backend-developer full-stack-developer	Flutter Bloc	BLoC	bloc pattern
backend-developer full-stack-developer	Riverpod
backend-developer full-stack-developer	GetX
backend-developer full-stack-developer	!Dio
backend-developer full-stack-developer	!Freezed
backend-developer full-stack-developer	flutter_test
backend-developer full-stack-developer	Dart Frog
data-engineer	Apache Kafka Streams	Kafka Streams
data-engineer	ksqlDB	KSQL
data-engineer	Kafka Connect
data-engineer	Confluent	Confluent Platform
data-engineer	Apache Pulsar	!Pulsar
data-engineer	Apache NiFi	NiFi
data-engineer	Apache Storm
data-engineer	Apache Samza	Samza
data-engineer	Spark Streaming	Structured Streaming
data-engineer	Apache Hudi	Hudi
data-engineer	Apache Arrow
data-engineer	Apache ORC	!ORC
data-engineer	Apache Druid	!Druid
data-engineer	Apache Pinot	!Pinot
data-engineer	Apache Kylin
data-engineer	Apache Impala	Impala
data-engineer	Apache Drill
data-engineer	Apache Phoenix
backend-developer full-stack-developer data-engineer	Apache HBase	HBase
data-engineer	Apache ZooKeeper	ZooKeeper
data-engineer	Apache Oozie	Oozie
data-engineer	Apache Sqoop	Sqoop
data-engineer	Apache Flume	Flume
data-engineer	Apache Atlas
data-engineer	Apache Ranger
data-engineer	Apache Superset	!Superset
data-engineer	Apache Zeppelin	Zeppelin
data-engineer	Jupyter	Jupyter Notebook	JupyterLab
data-engineer	Apache Livy
data-engineer	Apache Calcite
data-engineer	Apache Tez
backend-developer full-stack-developer data-engineer devops-sre	!YARN	Hadoop YARN
data-engineer	HDFS
data-engineer	MapReduce
data-engineer	Apache Ignite
data-engineer	Apache Geode
data-engineer	Hazelcast
data-engineer	Apache Camel
data-engineer	Apache ActiveMQ	ActiveMQ
data-engineer	Apache Cassandra
data-engineer	Apache CouchDB	CouchDB
data-engineer	Apache Solr	Solr
data-engineer	Lucene	Apache Lucene
data-engineer	Apache Parquet
data-engineer	Apache Mesos	Mesos
data-engineer	Apache Ambari
data-engineer	Delta Live Tables
data-engineer	Unity Catalog
data-engineer	MLflow
data-engineer	Kubeflow
data-engineer	!Feast
data-engineer	!Ray
data-engineer	!Dask
data-engineer	!Polars
data-engineer	DuckDB
data-engineer	Modin
data-engineer	Vaex
data-engineer	NumPy
data-engineer	SciPy
data-engineer	scikit-learn	sklearn
data-engineer	TensorFlow
data-engineer	Keras
data-engineer	PyTorch
data-engineer	!JAX
data-engineer	XGBoost
data-engineer	LightGBM
data-engineer	CatBoost
data-engineer	statsmodels
data-engineer	Hugging Face	HuggingFace	Hugging Face Transformers
data-engineer	Transformers library
data-engineer	spaCy
data-engineer	NLTK
data-engineer	Gensim
data-engineer	OpenCV
data-engineer	LangChain
data-engineer	LlamaIndex
data-engineer	ONNX
data-engineer	TensorRT
data-engineer	Triton Inference Server
data-engineer	vLLM
data-engineer	Matplotlib
data-engineer	!Seaborn
data-engineer	!Bokeh
data-engineer	Streamlit
data-engineer	Gradio
data-engineer	Plotly Dash
data-engineer	Airbyte
data-engineer	Fivetran
data-engineer	Stitch Data
data-engineer	Meltano
data-engineer	Debezium
data-engineer	Talend
data-engineer	Informatica
data-engineer	SSIS	SQL Server Integration Services
data-engineer	Pentaho
data-engineer	Matillion
data-engineer	dbt Cloud
data-engineer	dbt Core
data-engineer	SQLMesh
data-engineer	!Luigi
data-engineer	!Mage
data-engineer	Argo Workflows
data-engineer	Kestra
data-engineer	!Soda	Soda Core
data-engineer	dbt tests
data-engineer	OpenLineage
data-engineer	DataHub
data-engineer	Amundsen
data-engineer	Collibra
data-engineer	Alation
data-engineer	Atlan
data-engineer	Marquez
backend-developer frontend-developer full-stack-developer	Apache Tomcat	Tomcat
backend-developer frontend-developer full-stack-developer	Red Hat WildFly	WildFly	JBoss	JBoss EAP
backend-developer frontend-developer full-stack-developer	IBM WebSphere	WebSphere
backend-developer frontend-developer full-stack-developer	Oracle WebLogic	WebLogic
backend-developer frontend-developer full-stack-developer	Enterprise JavaBeans	EJB
backend-developer frontend-developer full-stack-developer	Microsoft Silverlight	Silverlight
backend-developer frontend-developer full-stack-developer	DirectX	Microsoft DirectX
backend-developer frontend-developer full-stack-developer	OpenGL
backend-developer frontend-developer full-stack-developer	Vulkan
backend-developer frontend-developer full-stack-developer	Apple Cocoa	Cocoa Touch	!Cocoa
backend-developer frontend-developer full-stack-developer	Adobe ColdFusion	ColdFusion
backend-developer frontend-developer full-stack-developer	PhantomJS
backend-developer frontend-developer full-stack-developer	RequireJS
backend-developer frontend-developer full-stack-developer	Nunjucks
backend-developer frontend-developer full-stack-developer	!Shiny	R Shiny
backend-developer frontend-developer full-stack-developer	Apache Pig
backend-developer frontend-developer full-stack-developer	Apache Mahout	Mahout
backend-developer frontend-developer full-stack-developer	Apache MXNet	MXNet
backend-developer frontend-developer full-stack-developer	Weka
backend-developer frontend-developer full-stack-developer	Doxygen
backend-developer frontend-developer full-stack-developer	JSDoc
backend-developer frontend-developer full-stack-developer	Sphinx docs	Sphinx documentation
backend-developer frontend-developer full-stack-developer	Javadoc
data-engineer	awswrangler	AWS SDK for pandas	AWS Data Wrangler'),
  ('data-store',
'	=PostgreSQL
	=MySQL
	=MongoDB
	=Redis
	=DynamoDB
	=Cassandra
	=Elasticsearch
	=SQLite
	=MariaDB
	=SQL Server
	=Oracle Database
	=Cosmos DB
	=Firebase
	=relational database
	=NoSQL
	=Snowflake
	=BigQuery
	=Redshift
backend-developer full-stack-developer data-engineer	=Delta Lake
backend-developer full-stack-developer data-engineer	=lakehouse
backend-developer full-stack-developer data-engineer	ClickHouse
backend-developer full-stack-developer data-engineer	TimescaleDB	Timescale
backend-developer full-stack-developer data-engineer	PostGIS
backend-developer full-stack-developer data-engineer	CockroachDB
backend-developer full-stack-developer data-engineer	YugabyteDB
backend-developer full-stack-developer data-engineer	TiDB
backend-developer full-stack-developer data-engineer	Vitess
backend-developer full-stack-developer data-engineer	PlanetScale
backend-developer full-stack-developer data-engineer	!Neon
backend-developer full-stack-developer data-engineer	Supabase
backend-developer full-stack-developer data-engineer	!Aurora	Amazon Aurora
backend-developer full-stack-developer data-engineer	!Spanner	Cloud Spanner
backend-developer full-stack-developer data-engineer	Cloud SQL
backend-developer full-stack-developer data-engineer	AlloyDB
backend-developer full-stack-developer data-engineer	Bigtable	Cloud Bigtable
backend-developer full-stack-developer data-engineer	Firestore	Cloud Firestore
backend-developer full-stack-developer data-engineer	Cloud Datastore
backend-developer full-stack-developer data-engineer	Memorystore
backend-developer full-stack-developer data-engineer	Azure SQL	Azure SQL Database
backend-developer full-stack-developer data-engineer	Azure Synapse	Synapse Analytics	Azure Synapse Analytics
backend-developer full-stack-developer data-engineer	Azure Data Lake	ADLS	Azure Data Lake Storage
backend-developer full-stack-developer data-engineer	Azure Blob Storage	Blob Storage
backend-developer full-stack-developer data-engineer	Azure Cache for Redis
backend-developer full-stack-developer data-engineer	Azure Data Explorer	Kusto
backend-developer full-stack-developer data-engineer	DocumentDB	Amazon DocumentDB
backend-developer full-stack-developer data-engineer	Keyspaces	Amazon Keyspaces
backend-developer full-stack-developer data-engineer	!Neptune	Amazon Neptune
backend-developer full-stack-developer data-engineer	Timestream	Amazon Timestream
backend-developer full-stack-developer data-engineer	QLDB
backend-developer full-stack-developer data-engineer	MemoryDB	Amazon MemoryDB
backend-developer full-stack-developer data-engineer	ElastiCache	Amazon ElastiCache
backend-developer full-stack-developer data-engineer	OpenSearch	Amazon OpenSearch	OpenSearch Service
backend-developer full-stack-developer data-engineer	Amazon Redshift Spectrum	Redshift Spectrum
backend-developer full-stack-developer data-engineer	!Athena	Amazon Athena
backend-developer full-stack-developer data-engineer	Lake Formation	AWS Lake Formation
backend-developer full-stack-developer data-engineer	Memcached
backend-developer full-stack-developer data-engineer	Valkey
backend-developer full-stack-developer data-engineer	KeyDB
backend-developer full-stack-developer data-engineer	!Dragonfly	DragonflyDB
backend-developer full-stack-developer data-engineer	Hazelcast IMDG
backend-developer full-stack-developer data-engineer	Aerospike
backend-developer full-stack-developer data-engineer	Couchbase
backend-developer full-stack-developer data-engineer	RavenDB
backend-developer full-stack-developer data-engineer	ArangoDB
backend-developer full-stack-developer data-engineer	Neo4j
backend-developer full-stack-developer data-engineer	JanusGraph
backend-developer full-stack-developer data-engineer	TigerGraph
backend-developer full-stack-developer data-engineer	Dgraph
backend-developer full-stack-developer data-engineer	OrientDB
backend-developer full-stack-developer data-engineer	InfluxDB
backend-developer full-stack-developer data-engineer	Prometheus TSDB
backend-developer full-stack-developer data-engineer	VictoriaMetrics
backend-developer full-stack-developer data-engineer	QuestDB
backend-developer full-stack-developer data-engineer	!Graphite
backend-developer full-stack-developer data-engineer	OpenTSDB
backend-developer full-stack-developer data-engineer	RocksDB
backend-developer full-stack-developer data-engineer	LevelDB
backend-developer full-stack-developer data-engineer	LMDB
backend-developer full-stack-developer data-engineer	BerkeleyDB	Berkeley DB
backend-developer full-stack-developer data-engineer	etcd
backend-developer full-stack-developer data-engineer	Consul KV
backend-developer full-stack-developer data-engineer	FoundationDB
backend-developer full-stack-developer data-engineer	ScyllaDB	Scylla
backend-developer full-stack-developer data-engineer	Riak
backend-developer full-stack-developer data-engineer	Accumulo
backend-developer full-stack-developer data-engineer	Kudu	Apache Kudu
backend-developer full-stack-developer data-engineer	Greenplum
backend-developer full-stack-developer data-engineer	Vertica
backend-developer full-stack-developer data-engineer	Teradata
backend-developer full-stack-developer data-engineer	Netezza
backend-developer full-stack-developer data-engineer	Exadata
backend-developer full-stack-developer data-engineer	IBM Db2	DB2
backend-developer full-stack-developer data-engineer	Sybase	SAP ASE
backend-developer full-stack-developer data-engineer	SAP HANA	!HANA
backend-developer full-stack-developer data-engineer	Informix
backend-developer full-stack-developer data-engineer	H2 Database
backend-developer full-stack-developer data-engineer	HSQLDB
backend-developer full-stack-developer data-engineer	Apache Derby
backend-developer full-stack-developer data-engineer	Microsoft Access	MS Access
backend-developer full-stack-developer data-engineer	FileMaker
backend-developer full-stack-developer data-engineer	Percona	Percona Server
backend-developer full-stack-developer data-engineer	Galera	Galera Cluster
backend-developer full-stack-developer data-engineer	ProxySQL
backend-developer full-stack-developer data-engineer	PgBouncer
backend-developer full-stack-developer data-engineer	pgvector
backend-developer full-stack-developer data-engineer	!Pinecone
backend-developer full-stack-developer data-engineer	Weaviate
backend-developer full-stack-developer data-engineer	Milvus
backend-developer full-stack-developer data-engineer	Qdrant
backend-developer full-stack-developer data-engineer	ChromaDB
backend-developer full-stack-developer data-engineer	Faiss
backend-developer full-stack-developer data-engineer	Elastic Stack
backend-developer full-stack-developer data-engineer	Typesense
backend-developer full-stack-developer data-engineer	Meilisearch
backend-developer full-stack-developer data-engineer	Algolia
backend-developer full-stack-developer data-engineer	!Sphinx
backend-developer full-stack-developer data-engineer	MinIO
backend-developer full-stack-developer data-engineer	Ceph
backend-developer full-stack-developer data-engineer	GlusterFS
backend-developer full-stack-developer data-engineer	NFS
backend-developer full-stack-developer data-engineer	Amazon EFS	EFS
backend-developer full-stack-developer data-engineer	EBS	Amazon EBS
backend-developer full-stack-developer data-engineer	Cloud Storage	Google Cloud Storage	!GCS
backend-developer full-stack-developer data-engineer	Backblaze B2
backend-developer full-stack-developer data-engineer	OLAP
backend-developer full-stack-developer data-engineer	OLTP
backend-developer full-stack-developer data-engineer	data mart
backend-developer full-stack-developer data-engineer	data vault	Data Vault 2.0
backend-developer full-stack-developer data-engineer	columnar database	columnar storage	columnar file formats	columnar formats
backend-developer full-stack-developer data-engineer	time-series database	TSDB
backend-developer full-stack-developer data-engineer	graph database
backend-developer full-stack-developer data-engineer	vector database	vector store
backend-developer full-stack-developer data-engineer	key-value store	key-value database
backend-developer full-stack-developer data-engineer	document database	document store
backend-developer full-stack-developer data-engineer	in-memory database
backend-developer full-stack-developer data-engineer	object storage
backend-developer full-stack-developer data-engineer	block storage
backend-developer full-stack-developer data-engineer	NewSQL
backend-developer data-engineer	MarkLogic
backend-developer data-engineer	IBM Informix
backend-developer data-engineer	SAP IQ	Sybase IQ
backend-developer data-engineer	Ab Initio
backend-developer data-engineer	IBM DataStage	InfoSphere DataStage	DataStage
backend-developer data-engineer	Oracle GoldenGate	GoldenGate
backend-developer data-engineer	Oracle RAC	Real Application Clusters
backend-developer data-engineer	Oracle RMAN	RMAN
backend-developer data-engineer	Toad	Toad for Oracle
backend-developer data-engineer	ERwin	ERwin Data Modeler
backend-developer data-engineer	SAP PowerDesigner	PowerDesigner
backend-developer data-engineer	ER/Studio
backend-developer data-engineer	IBM MQ	WebSphere MQ	MQSeries
backend-developer data-engineer	TIBCO	TIBCO EMS
backend-developer data-engineer	TIBCO Spotfire	Spotfire
backend-developer data-engineer	SAP BusinessObjects	Business Objects	BusinessObjects
backend-developer data-engineer	Crystal Reports	SAP Crystal Reports
backend-developer data-engineer	SAP NetWeaver	NetWeaver
backend-developer data-engineer	SAP BW	SAP NetWeaver BW	SAP Business Warehouse
backend-developer data-engineer	Control-M	BMC Control-M
backend-developer data-engineer	Veritas NetBackup	NetBackup
backend-developer data-engineer	Commvault
backend-developer data-engineer	Veeam'),
  ('cloud-service',
'backend-developer full-stack-developer data-engineer devops-sre	=Figma
	=Kinesis
	=AWS
	=GCP
	=Azure
	=EC2
	=S3
	=AWS Lambda
	=RDS
	=SQS
	=SNS
	=ECS
	=EKS
	=GKE
	=AKS
	=IAM
	=VPC
	=CloudFront
	=CloudFormation
	=Cloud Run
	=Cloud Functions
	=Azure Functions
	=AWS Glue
	=EMR
backend-developer full-stack-developer data-engineer devops-sre	=OpenShift
backend-developer full-stack-developer data-engineer devops-sre	Amazon MSK	!MSK	Managed Streaming for Apache Kafka
backend-developer full-stack-developer data-engineer devops-sre	CloudWatch	Amazon CloudWatch
backend-developer full-stack-developer data-engineer devops-sre	EventBridge	Amazon EventBridge
backend-developer full-stack-developer data-engineer devops-sre	Step Functions	AWS Step Functions
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	API Gateway	Amazon API Gateway	AWS API Gateway
backend-developer full-stack-developer data-engineer devops-sre	Fargate	AWS Fargate
backend-developer full-stack-developer data-engineer devops-sre	Elastic Beanstalk	AWS Elastic Beanstalk
backend-developer full-stack-developer data-engineer devops-sre	Lightsail
backend-developer full-stack-developer data-engineer devops-sre	Route 53	Route53	Amazon Route 53
backend-developer full-stack-developer data-engineer devops-sre	ECR	Amazon ECR
backend-developer full-stack-developer data-engineer devops-sre	AWS Batch
backend-developer full-stack-developer data-engineer devops-sre	AWS CDK	!CDK
backend-developer full-stack-developer data-engineer devops-sre	AWS SAM	Serverless Application Model
backend-developer full-stack-developer data-engineer devops-sre	CodePipeline	AWS CodePipeline
backend-developer full-stack-developer data-engineer devops-sre	CodeBuild	AWS CodeBuild
backend-developer full-stack-developer data-engineer devops-sre	CodeDeploy	AWS CodeDeploy
backend-developer full-stack-developer data-engineer devops-sre	CodeCommit
backend-developer full-stack-developer data-engineer devops-sre	CodeArtifact
backend-developer full-stack-developer data-engineer devops-sre	CloudTrail	AWS CloudTrail
backend-developer full-stack-developer data-engineer devops-sre	AWS Config
backend-developer full-stack-developer data-engineer devops-sre	AWS Organizations
backend-developer full-stack-developer data-engineer devops-sre	Control Tower	AWS Control Tower
backend-developer full-stack-developer data-engineer devops-sre	Secrets Manager	AWS Secrets Manager
backend-developer full-stack-developer data-engineer devops-sre	Systems Manager	AWS Systems Manager	!SSM	Parameter Store
backend-developer full-stack-developer data-engineer devops-sre	!KMS	AWS KMS
backend-developer full-stack-developer data-engineer devops-sre	Cognito	Amazon Cognito
backend-developer full-stack-developer data-engineer devops-sre	!WAF	AWS WAF
backend-developer full-stack-developer data-engineer devops-sre	AWS Shield
backend-developer full-stack-developer data-engineer devops-sre	GuardDuty	Amazon GuardDuty
backend-developer full-stack-developer data-engineer devops-sre	Security Hub	AWS Security Hub
backend-developer full-stack-developer data-engineer devops-sre	Amazon Inspector
backend-developer full-stack-developer data-engineer devops-sre	Macie	Amazon Macie
backend-developer full-stack-developer data-engineer devops-sre	AWS Certificate Manager
backend-developer full-stack-developer data-engineer devops-sre	Direct Connect	AWS Direct Connect
backend-developer full-stack-developer data-engineer devops-sre	Transit Gateway
backend-developer full-stack-developer data-engineer devops-sre	PrivateLink
backend-developer full-stack-developer data-engineer devops-sre	Elastic Load Balancing	!ELB	!ALB	!NLB	Application Load Balancer
backend-developer full-stack-developer data-engineer devops-sre	Auto Scaling groups	!ASG
backend-developer full-stack-developer data-engineer devops-sre	AppSync	AWS AppSync
backend-developer full-stack-developer data-engineer devops-sre	!Amplify	AWS Amplify
backend-developer full-stack-developer data-engineer devops-sre	SageMaker	Amazon SageMaker
backend-developer full-stack-developer data-engineer devops-sre	!Bedrock	Amazon Bedrock
backend-developer full-stack-developer data-engineer devops-sre	Rekognition	Amazon Rekognition
backend-developer full-stack-developer data-engineer devops-sre	Amazon Comprehend
backend-developer full-stack-developer data-engineer devops-sre	Textract	Amazon Textract
backend-developer full-stack-developer data-engineer devops-sre	Amazon Polly
backend-developer full-stack-developer data-engineer devops-sre	Amazon Lex	!Lex
backend-developer full-stack-developer data-engineer devops-sre	Kinesis Data Firehose	!Firehose	Amazon Data Firehose
backend-developer full-stack-developer data-engineer devops-sre	Kinesis Data Streams
backend-developer full-stack-developer data-engineer devops-sre	Kinesis Data Analytics	Managed Service for Apache Flink
backend-developer full-stack-developer data-engineer devops-sre	AWS DMS	Database Migration Service	!DMS
backend-developer full-stack-developer data-engineer devops-sre	AWS Backup
backend-developer full-stack-developer data-engineer devops-sre	S3 Glacier	!Glacier
backend-developer full-stack-developer data-engineer devops-sre	Storage Gateway
backend-developer full-stack-developer data-engineer devops-sre	AWS Transfer Family
backend-developer full-stack-developer data-engineer devops-sre	AppFlow
backend-developer full-stack-developer data-engineer devops-sre	MWAA	Managed Workflows for Apache Airflow
backend-developer full-stack-developer data-engineer devops-sre	QuickSight	Amazon QuickSight
backend-developer full-stack-developer data-engineer devops-sre	Glue Data Catalog
backend-developer full-stack-developer data-engineer devops-sre	AWS Outposts
backend-developer full-stack-developer data-engineer devops-sre	AWS Snowball
backend-developer full-stack-developer data-engineer devops-sre	Amazon MQ
backend-developer full-stack-developer data-engineer devops-sre	Amazon SES	!SES	Simple Email Service
backend-developer full-stack-developer data-engineer devops-sre	Amazon Pinpoint
backend-developer full-stack-developer data-engineer devops-sre	Amazon Connect
backend-developer full-stack-developer data-engineer devops-sre	X-Ray	AWS X-Ray
backend-developer full-stack-developer data-engineer devops-sre	Managed Grafana	Amazon Managed Grafana
backend-developer full-stack-developer data-engineer devops-sre	Managed Prometheus	Amazon Managed Service for Prometheus
backend-developer full-stack-developer data-engineer devops-sre	App Runner	AWS App Runner
backend-developer full-stack-developer data-engineer devops-sre	AWS Proton
backend-developer full-stack-developer data-engineer devops-sre	Service Catalog	AWS Service Catalog
backend-developer full-stack-developer data-engineer devops-sre	Trusted Advisor
backend-developer full-stack-developer data-engineer devops-sre	Cost Explorer	AWS Cost Explorer
backend-developer full-stack-developer data-engineer devops-sre	AWS Well-Architected	Well-Architected Framework
backend-developer full-stack-developer data-engineer devops-sre	IAM Identity Center	AWS SSO
backend-developer full-stack-developer data-engineer devops-sre	EC2 Auto Scaling
backend-developer full-stack-developer data-engineer devops-sre	Spot Instances	EC2 Spot
backend-developer full-stack-developer data-engineer devops-sre	Savings Plans
backend-developer full-stack-developer data-engineer devops-sre	AWS Graviton	Graviton
backend-developer full-stack-developer data-engineer devops-sre	CloudShell
backend-developer full-stack-developer data-engineer devops-sre	Cloud9	AWS Cloud9
backend-developer full-stack-developer data-engineer devops-sre	Pub/Sub	Cloud Pub/Sub	Google Pub/Sub	PubSub
backend-developer full-stack-developer data-engineer devops-sre	Dataflow	Cloud Dataflow	Google Dataflow
backend-developer full-stack-developer data-engineer devops-sre	Dataproc	Cloud Dataproc
backend-developer full-stack-developer data-engineer devops-sre	Cloud Composer
backend-developer full-stack-developer data-engineer devops-sre	Dataform
backend-developer full-stack-developer data-engineer devops-sre	Dataplex
backend-developer full-stack-developer data-engineer devops-sre	Looker Studio	Data Studio	Google Data Studio
backend-developer full-stack-developer data-engineer devops-sre	Vertex AI
backend-developer full-stack-developer data-engineer devops-sre	Cloud Build
backend-developer full-stack-developer data-engineer devops-sre	Artifact Registry
backend-developer full-stack-developer data-engineer devops-sre	Container Registry	!GCR
backend-developer full-stack-developer data-engineer devops-sre	Cloud Logging	Stackdriver
backend-developer full-stack-developer data-engineer devops-sre	Cloud Monitoring
backend-developer full-stack-developer data-engineer devops-sre	Cloud Trace
backend-developer full-stack-developer data-engineer devops-sre	Cloud Armor
backend-developer full-stack-developer data-engineer devops-sre	Cloud CDN
backend-developer full-stack-developer data-engineer devops-sre	Cloud DNS
backend-developer full-stack-developer data-engineer devops-sre	Cloud Load Balancing
backend-developer full-stack-developer data-engineer devops-sre	Cloud NAT
backend-developer full-stack-developer data-engineer devops-sre	Cloud Interconnect
backend-developer full-stack-developer data-engineer devops-sre	Cloud KMS
backend-developer full-stack-developer data-engineer devops-sre	Secret Manager	Google Secret Manager
backend-developer full-stack-developer data-engineer devops-sre	Cloud IAM
backend-developer full-stack-developer data-engineer devops-sre	Identity-Aware Proxy	!IAP
backend-developer full-stack-developer data-engineer devops-sre	Cloud Tasks
backend-developer full-stack-developer data-engineer devops-sre	Cloud Scheduler
backend-developer full-stack-developer data-engineer devops-sre	App Engine	Google App Engine	!GAE
backend-developer full-stack-developer data-engineer devops-sre	Compute Engine	!GCE	Google Compute Engine
backend-developer full-stack-developer data-engineer devops-sre	Anthos
backend-developer full-stack-developer data-engineer devops-sre	Cloud Deploy
backend-developer full-stack-developer data-engineer devops-sre	Firebase Authentication	Firebase Auth
backend-developer full-stack-developer data-engineer devops-sre	Firebase Hosting
backend-developer full-stack-developer data-engineer devops-sre	Firebase Analytics
backend-developer full-stack-developer data-engineer devops-sre	Firebase Remote Config
backend-developer full-stack-developer data-engineer devops-sre	Cloud Endpoints
backend-developer full-stack-developer data-engineer devops-sre	Apigee
backend-developer full-stack-developer data-engineer devops-sre	BigQuery ML
backend-developer full-stack-developer data-engineer devops-sre	Datastream
backend-developer full-stack-developer data-engineer devops-sre	Cloud Workflows
backend-developer full-stack-developer data-engineer devops-sre	Cloud Storage Transfer
backend-developer full-stack-developer data-engineer devops-sre	Azure DevOps	VSTS	Azure Pipelines
backend-developer full-stack-developer data-engineer devops-sre	Azure Repos
backend-developer full-stack-developer data-engineer devops-sre	Azure Boards
backend-developer full-stack-developer data-engineer devops-sre	Azure Artifacts
backend-developer full-stack-developer data-engineer devops-sre	Azure Data Factory	!ADF
backend-developer full-stack-developer data-engineer devops-sre	Azure Databricks
backend-developer full-stack-developer data-engineer devops-sre	Azure Event Hubs	Event Hubs
backend-developer full-stack-developer data-engineer devops-sre	Azure Service Bus
backend-developer full-stack-developer data-engineer devops-sre	Azure Event Grid	Event Grid
backend-developer full-stack-developer data-engineer devops-sre	Azure Logic Apps	Logic Apps
backend-developer full-stack-developer data-engineer devops-sre	Azure App Service
backend-developer full-stack-developer data-engineer devops-sre	Azure Container Apps
backend-developer full-stack-developer data-engineer devops-sre	Azure Container Instances	!ACI
backend-developer full-stack-developer data-engineer devops-sre	Azure Container Registry	!ACR
backend-developer full-stack-developer data-engineer devops-sre	Azure Kubernetes Service
backend-developer full-stack-developer data-engineer devops-sre	Azure Monitor
backend-developer full-stack-developer data-engineer devops-sre	Application Insights	App Insights
backend-developer full-stack-developer data-engineer devops-sre	Log Analytics
backend-developer full-stack-developer data-engineer devops-sre	Azure Key Vault	Key Vault
backend-developer full-stack-developer data-engineer devops-sre	Azure Active Directory	Azure AD	!AAD	Microsoft Entra ID	Entra ID
backend-developer full-stack-developer data-engineer devops-sre	Azure API Management	!APIM
backend-developer full-stack-developer data-engineer devops-sre	Azure Front Door
backend-developer full-stack-developer data-engineer devops-sre	Azure CDN
backend-developer full-stack-developer data-engineer devops-sre	Azure Storage
backend-developer full-stack-developer data-engineer devops-sre	Azure Files
backend-developer full-stack-developer data-engineer devops-sre	Azure Virtual Machines	Azure VMs
backend-developer full-stack-developer data-engineer devops-sre	Azure Virtual Network	!VNet
backend-developer full-stack-developer data-engineer devops-sre	Azure Load Balancer
backend-developer full-stack-developer data-engineer devops-sre	Application Gateway	Azure Application Gateway
backend-developer full-stack-developer data-engineer devops-sre	Azure Firewall
backend-developer full-stack-developer data-engineer devops-sre	Azure Policy
backend-developer full-stack-developer data-engineer devops-sre	Azure Resource Manager	ARM templates	ARM template	Azure Resource Manager templates
backend-developer full-stack-developer data-engineer devops-sre	!Bicep
backend-developer full-stack-developer data-engineer devops-sre	Azure Arc
backend-developer full-stack-developer data-engineer devops-sre	Azure Stream Analytics
backend-developer full-stack-developer data-engineer devops-sre	Azure HDInsight	HDInsight
backend-developer full-stack-developer data-engineer devops-sre	Azure Machine Learning	Azure ML
backend-developer full-stack-developer data-engineer devops-sre	Azure OpenAI	Azure OpenAI Service
backend-developer full-stack-developer data-engineer devops-sre	Azure Cognitive Services	Azure AI Services
backend-developer full-stack-developer data-engineer devops-sre	Power BI	PowerBI
backend-developer full-stack-developer data-engineer devops-sre	Power Apps	PowerApps
backend-developer full-stack-developer data-engineer devops-sre	Power Automate
backend-developer full-stack-developer data-engineer devops-sre	Microsoft Fabric
backend-developer full-stack-developer data-engineer devops-sre	Azure Sentinel	Microsoft Sentinel
backend-developer full-stack-developer data-engineer devops-sre	Defender for Cloud	Microsoft Defender for Cloud
backend-developer full-stack-developer data-engineer devops-sre	Azure Static Web Apps
backend-developer full-stack-developer data-engineer devops-sre	Azure Spring Apps
backend-developer full-stack-developer data-engineer devops-sre	Azure Batch
backend-developer full-stack-developer data-engineer devops-sre	Cloudflare
backend-developer full-stack-developer data-engineer devops-sre	Cloudflare Workers
backend-developer full-stack-developer data-engineer devops-sre	Cloudflare Pages
backend-developer full-stack-developer data-engineer devops-sre	Cloudflare R2	!R2
backend-developer full-stack-developer data-engineer devops-sre	Fastly
backend-developer full-stack-developer data-engineer devops-sre	Akamai
backend-developer full-stack-developer data-engineer devops-sre	Netlify
backend-developer full-stack-developer data-engineer devops-sre	Heroku
backend-developer full-stack-developer data-engineer devops-sre	Fly.io
backend-developer full-stack-developer data-engineer devops-sre	DigitalOcean	Digital Ocean
backend-developer full-stack-developer data-engineer devops-sre	Linode	Akamai Cloud
backend-developer full-stack-developer data-engineer devops-sre	Vultr
backend-developer full-stack-developer data-engineer devops-sre	Hetzner
backend-developer full-stack-developer data-engineer devops-sre	OVHcloud	OVH
backend-developer full-stack-developer data-engineer devops-sre	IBM Cloud
backend-developer full-stack-developer data-engineer devops-sre	Oracle Cloud	OCI	Oracle Cloud Infrastructure
backend-developer full-stack-developer data-engineer devops-sre	Alibaba Cloud	Aliyun
backend-developer full-stack-developer data-engineer devops-sre	Tencent Cloud
backend-developer full-stack-developer data-engineer devops-sre	Scaleway
backend-developer full-stack-developer data-engineer devops-sre	OpenStack
backend-developer full-stack-developer data-engineer devops-sre	VMware	vSphere	ESXi	VMware vSphere
backend-developer full-stack-developer data-engineer devops-sre	Proxmox
backend-developer full-stack-developer data-engineer devops-sre	Hyper-V
backend-developer full-stack-developer data-engineer devops-sre	!KVM
backend-developer full-stack-developer data-engineer devops-sre	!Xen
backend-developer full-stack-developer data-engineer devops-sre	Nutanix
backend-developer full-stack-developer data-engineer devops-sre	Citrix
backend-developer full-stack-developer data-engineer devops-sre	!Rancher
backend-developer full-stack-developer data-engineer devops-sre	Tanzu	VMware Tanzu
backend-developer full-stack-developer data-engineer devops-sre	Firebase Cloud Functions
backend-developer full-stack-developer data-engineer devops-sre	Supabase Auth
backend-developer full-stack-developer data-engineer devops-sre	Auth0
backend-developer full-stack-developer data-engineer devops-sre	Okta
backend-developer full-stack-developer data-engineer devops-sre	Keycloak
backend-developer full-stack-developer data-engineer devops-sre	!Stripe
backend-developer full-stack-developer data-engineer devops-sre	Twilio
backend-developer full-stack-developer data-engineer devops-sre	SendGrid
backend-developer full-stack-developer data-engineer devops-sre	Mailgun
backend-developer full-stack-developer data-engineer devops-sre	Mixpanel
backend-developer full-stack-developer data-engineer devops-sre	!Amplitude
backend-developer full-stack-developer data-engineer devops-sre	Heap Analytics
backend-developer full-stack-developer data-engineer devops-sre	Google Analytics	GA4	Google Analytics 4
backend-developer full-stack-developer data-engineer devops-sre	Adobe Analytics	Omniture
backend-developer full-stack-developer data-engineer devops-sre	Google Tag Manager
backend-developer full-stack-developer data-engineer devops-sre	Hotjar
backend-developer full-stack-developer data-engineer devops-sre	FullStory
backend-developer full-stack-developer data-engineer devops-sre	LogRocket
backend-developer full-stack-developer data-engineer devops-sre	Optimizely
backend-developer full-stack-developer data-engineer devops-sre	LaunchDarkly
backend-developer full-stack-developer data-engineer devops-sre	Split.io
backend-developer full-stack-developer data-engineer devops-sre	Statsig
backend-developer full-stack-developer data-engineer devops-sre	Contentful
backend-developer full-stack-developer data-engineer devops-sre	Strapi
backend-developer full-stack-developer data-engineer devops-sre	Prismic
backend-developer full-stack-developer data-engineer devops-sre	Shopify
backend-developer full-stack-developer data-engineer devops-sre	Salesforce
backend-developer full-stack-developer data-engineer devops-sre	HubSpot
backend-developer full-stack-developer data-engineer devops-sre	Zendesk
backend-developer full-stack-developer data-engineer devops-sre	Jira
backend-developer full-stack-developer data-engineer devops-sre	!Confluence
backend-developer full-stack-developer data-engineer devops-sre	Trello
backend-developer full-stack-developer data-engineer devops-sre	Asana
backend-developer full-stack-developer data-engineer devops-sre	!Notion
backend-developer full-stack-developer data-engineer devops-sre	!Slack
backend-developer full-stack-developer data-engineer devops-sre	Microsoft Teams
backend-developer full-stack-developer data-engineer devops-sre	!Zoom
backend-developer full-stack-developer data-engineer devops-sre	!Miro
backend-developer full-stack-developer data-engineer devops-sre	!Sketch
backend-developer full-stack-developer data-engineer devops-sre	Adobe XD
backend-developer full-stack-developer data-engineer devops-sre	InVision
backend-developer full-stack-developer data-engineer devops-sre	Zeplin
backend-developer full-stack-developer data-engineer devops-sre	!Lottie'),
  ('tool',
'	=DOM
	=ORM
	=Redux
	=Tailwind CSS
	=Material UI
	=Webpack
	=Vite
	=Babel
	=npm
	=ESLint
	=Jest
	=Cypress
	=Playwright
	=Testing Library
backend-developer full-stack-developer devops-sre	=Storybook
	=Vitest
	=Lighthouse
	=Core Web Vitals
	=SEO
	=WebSockets
	=Vercel
	=A/B testing
	=Apache Flink
	=Apache Beam
	=Airflow
	=Dagster
	=Prefect
	=Hadoop
	=Databricks
	=Apache Hive
	=Trino
	=Apache Iceberg
	=Parquet
	=ETL
	=ELT
	=Looker
	=Tableau
	=REST API
	=GraphQL
	=Kafka
	=RabbitMQ
	=OAuth
	=JWT
	=RBAC
	=Kubernetes
	=Terraform
	=Helm
	=Istio
	=Argo CD
	=Ansible
	=Pulumi
backend-developer full-stack-developer devops-sre	=Packer
	=GitOps
	=Puppet
	=Chef
	=Jenkins
	=GitHub Actions
	=GitLab CI
	=CircleCI
	=Git
	=Linux
	=Nginx
	=DNS
	=TCP/IP
	=Prometheus
	=Grafana
	=OpenTelemetry
	=Datadog
	=ELK Stack
	=Splunk
	=PagerDuty
	=SLO
	=SLI
	=Agile
	=Xcode
	=Swift Package Manager
	=CocoaPods
	=XCTest
	=TestFlight
	=App Store
	=Android SDK
	=Android Studio
	=Gradle
	=Android Jetpack
	=Retrofit
	=Kotlin Coroutines
	=Espresso
	=Google Play
	=Material Design
	=Hilt
	=Dagger
	=Expo
	=Kotlin Multiplatform
	=Ionic
	=MVVM
	=Clean Architecture
	=UI testing
	=Fastlane
	=Crashlytics
	=Appium
	=Bluetooth Low Energy
backend-developer full-stack-developer devops-sre	!Vault	HashiCorp Vault
backend-developer full-stack-developer devops-sre	!Consul	HashiCorp Consul
backend-developer full-stack-developer devops-sre	!Nomad	HashiCorp Nomad
backend-developer full-stack-developer devops-sre	HashiCorp Boundary
backend-developer full-stack-developer devops-sre	!Vagrant
backend-developer full-stack-developer devops-sre	Terragrunt
backend-developer full-stack-developer devops-sre	OpenTofu
backend-developer full-stack-developer devops-sre	Crossplane
backend-developer full-stack-developer devops-sre	Kustomize
backend-developer full-stack-developer devops-sre	Skaffold
backend-developer full-stack-developer devops-sre	!Tilt
backend-developer full-stack-developer devops-sre	minikube
backend-developer full-stack-developer devops-sre	k3s
backend-developer full-stack-developer devops-sre	k9s
backend-developer full-stack-developer devops-sre	kubectl
backend-developer full-stack-developer devops-sre	Kubeadm
backend-developer full-stack-developer devops-sre	Karpenter
backend-developer full-stack-developer devops-sre	KEDA
backend-developer full-stack-developer devops-sre	Cluster Autoscaler
backend-developer full-stack-developer devops-sre	Velero
backend-developer full-stack-developer devops-sre	cert-manager
backend-developer full-stack-developer devops-sre	External Secrets	External Secrets Operator
backend-developer full-stack-developer devops-sre	Sealed Secrets
backend-developer full-stack-developer devops-sre	SOPS
backend-developer full-stack-developer devops-sre	Linkerd
backend-developer full-stack-developer devops-sre	!Envoy	Envoy Proxy
backend-developer full-stack-developer devops-sre	Consul Connect
backend-developer full-stack-developer devops-sre	Cilium
backend-developer full-stack-developer devops-sre	!Calico
backend-developer full-stack-developer devops-sre	!Flannel
backend-developer full-stack-developer devops-sre	CoreDNS
backend-developer full-stack-developer devops-sre	Traefik
backend-developer full-stack-developer devops-sre	HAProxy
backend-developer full-stack-developer devops-sre	Apache HTTP Server	Apache httpd	httpd
backend-developer full-stack-developer devops-sre	!Caddy
backend-developer full-stack-developer devops-sre	!Kong	Kong Gateway
backend-developer full-stack-developer devops-sre	Tyk
backend-developer full-stack-developer devops-sre	Kubernetes Ingress	ingress controller	!Ingress
backend-developer full-stack-developer devops-sre	Ingress-NGINX	NGINX Ingress
backend-developer full-stack-developer devops-sre	!Flux	FluxCD	Flux CD
backend-developer full-stack-developer devops-sre	Spinnaker
backend-developer full-stack-developer devops-sre	Tekton
backend-developer full-stack-developer devops-sre	Jenkins X
backend-developer full-stack-developer devops-sre	!Concourse	Concourse CI
backend-developer full-stack-developer devops-sre	Drone CI
backend-developer full-stack-developer devops-sre	Buildkite
backend-developer full-stack-developer devops-sre	TeamCity
backend-developer full-stack-developer devops-sre	!Bamboo
backend-developer full-stack-developer devops-sre	Travis CI	TravisCI
backend-developer full-stack-developer devops-sre	Bitbucket Pipelines
backend-developer full-stack-developer devops-sre	Azure Pipelines YAML
backend-developer full-stack-developer devops-sre	GoCD
backend-developer full-stack-developer devops-sre	!Harness
backend-developer full-stack-developer devops-sre	Octopus Deploy
backend-developer full-stack-developer devops-sre	Argo Rollouts
backend-developer full-stack-developer devops-sre	Flagger
backend-developer full-stack-developer devops-sre	Keptn
backend-developer full-stack-developer devops-sre	!Backstage
backend-developer full-stack-developer devops-sre	Crossplane Compositions
backend-developer full-stack-developer devops-sre	Podman
backend-developer full-stack-developer devops-sre	Buildah
backend-developer full-stack-developer devops-sre	containerd
backend-developer full-stack-developer devops-sre	CRI-O
backend-developer full-stack-developer devops-sre	runc
backend-developer full-stack-developer devops-sre	Docker Swarm
backend-developer full-stack-developer devops-sre	Docker Hub
backend-developer full-stack-developer devops-sre	!Harbor
backend-developer full-stack-developer devops-sre	Sonatype Nexus	!Nexus	Nexus Repository
backend-developer full-stack-developer devops-sre	Artifactory	JFrog Artifactory	JFrog
backend-developer full-stack-developer devops-sre	Kaniko
backend-developer full-stack-developer devops-sre	BuildKit
backend-developer full-stack-developer devops-sre	Buildpacks	Cloud Native Buildpacks
backend-developer full-stack-developer devops-sre	Jib
backend-developer full-stack-developer devops-sre	Cloud-init
backend-developer full-stack-developer devops-sre	SaltStack
backend-developer full-stack-developer devops-sre	CFEngine
backend-developer full-stack-developer devops-sre	Rundeck
backend-developer full-stack-developer devops-sre	StackStorm
backend-developer full-stack-developer devops-sre	AWX	Ansible Tower	Ansible AWX
backend-developer full-stack-developer devops-sre	Ansible Galaxy
backend-developer full-stack-developer devops-sre	Zabbix
backend-developer full-stack-developer devops-sre	Nagios
backend-developer full-stack-developer devops-sre	Icinga
backend-developer full-stack-developer devops-sre	Checkmk
backend-developer full-stack-developer devops-sre	Sensu
backend-developer full-stack-developer devops-sre	New Relic	NewRelic
backend-developer full-stack-developer devops-sre	Dynatrace
backend-developer full-stack-developer devops-sre	AppDynamics
backend-developer full-stack-developer devops-sre	!Honeycomb
backend-developer full-stack-developer devops-sre	Lightstep
backend-developer full-stack-developer devops-sre	!Jaeger
backend-developer full-stack-developer devops-sre	Zipkin
backend-developer full-stack-developer devops-sre	!Tempo	Grafana Tempo
backend-developer full-stack-developer devops-sre	!Loki	Grafana Loki
backend-developer full-stack-developer devops-sre	Mimir	Grafana Mimir
backend-developer full-stack-developer devops-sre	!Thanos
backend-developer full-stack-developer devops-sre	!Cortex
backend-developer full-stack-developer devops-sre	Alertmanager
backend-developer full-stack-developer devops-sre	Fluentd
backend-developer full-stack-developer devops-sre	Fluent Bit
backend-developer full-stack-developer devops-sre	Logstash
backend-developer full-stack-developer devops-sre	Kibana
backend-developer full-stack-developer devops-sre	Filebeat
backend-developer full-stack-developer devops-sre	Beats	Elastic Beats
backend-developer full-stack-developer devops-sre	Vector.dev
backend-developer full-stack-developer devops-sre	Graylog
backend-developer full-stack-developer devops-sre	Sumo Logic
backend-developer full-stack-developer devops-sre	!Sentry
backend-developer full-stack-developer devops-sre	Rollbar
backend-developer full-stack-developer devops-sre	Bugsnag
backend-developer full-stack-developer devops-sre	Raygun
backend-developer full-stack-developer devops-sre	Opsgenie
backend-developer full-stack-developer devops-sre	VictorOps	Splunk On-Call
backend-developer full-stack-developer devops-sre	incident.io
backend-developer full-stack-developer devops-sre	Statuspage
backend-developer full-stack-developer devops-sre	Pingdom
backend-developer full-stack-developer devops-sre	UptimeRobot
backend-developer full-stack-developer devops-sre	Grafana k6	k6
backend-developer full-stack-developer devops-sre	!Locust
backend-developer full-stack-developer devops-sre	Gatling
backend-developer full-stack-developer devops-sre	JMeter	Apache JMeter
backend-developer full-stack-developer devops-sre	wrk
backend-developer full-stack-developer devops-sre	Vegeta
backend-developer full-stack-developer devops-sre	BlazeMeter
backend-developer full-stack-developer devops-sre	Chaos Monkey
backend-developer full-stack-developer devops-sre	!Gremlin
backend-developer full-stack-developer devops-sre	Litmus	LitmusChaos
backend-developer full-stack-developer devops-sre	Chaos Mesh
backend-developer full-stack-developer devops-sre	eBPF
backend-developer full-stack-developer devops-sre	bpftrace
backend-developer full-stack-developer devops-sre	Linux perf
backend-developer full-stack-developer devops-sre	strace
backend-developer full-stack-developer devops-sre	tcpdump
backend-developer full-stack-developer devops-sre	Wireshark
backend-developer full-stack-developer devops-sre	Datadog APM
backend-developer full-stack-developer devops-sre	StatsD
backend-developer full-stack-developer devops-sre	collectd
backend-developer full-stack-developer devops-sre	Telegraf
backend-developer full-stack-developer devops-sre	cAdvisor
backend-developer full-stack-developer devops-sre	node_exporter	Node Exporter
backend-developer full-stack-developer devops-sre	kube-state-metrics
backend-developer full-stack-developer devops-sre	Prometheus Operator
backend-developer full-stack-developer devops-sre	PromQL
backend-developer full-stack-developer devops-sre	LogQL
backend-developer full-stack-developer devops-sre	SLO tooling
backend-developer full-stack-developer devops-sre	GitHub
backend-developer full-stack-developer devops-sre	GitLab
backend-developer full-stack-developer devops-sre	Bitbucket
backend-developer full-stack-developer devops-sre	Gerrit
backend-developer full-stack-developer devops-sre	Perforce	Helix Core
backend-developer full-stack-developer devops-sre	SVN	Subversion
backend-developer full-stack-developer devops-sre	Mercurial
backend-developer full-stack-developer devops-sre	GitHub Copilot	Copilot
backend-developer full-stack-developer devops-sre	!Cursor
backend-developer full-stack-developer devops-sre	Claude Code
backend-developer full-stack-developer devops-sre	ChatGPT
backend-developer full-stack-developer devops-sre	Codeium
backend-developer full-stack-developer devops-sre	Tabnine
backend-developer full-stack-developer devops-sre	Sourcegraph
backend-developer full-stack-developer devops-sre	!Renovate
backend-developer full-stack-developer devops-sre	Dependabot
backend-developer full-stack-developer devops-sre	Snyk
backend-developer full-stack-developer devops-sre	SonarQube	SonarCloud
backend-developer full-stack-developer devops-sre	Checkmarx
backend-developer full-stack-developer devops-sre	Veracode
backend-developer full-stack-developer devops-sre	Fortify
backend-developer full-stack-developer devops-sre	Black Duck
backend-developer full-stack-developer devops-sre	Trivy
backend-developer full-stack-developer devops-sre	Grype
backend-developer full-stack-developer devops-sre	Syft
backend-developer full-stack-developer devops-sre	!Clair
backend-developer full-stack-developer devops-sre	!Falco
backend-developer full-stack-developer devops-sre	Aqua Security
backend-developer full-stack-developer devops-sre	Prisma Cloud
backend-developer full-stack-developer devops-sre	!Wiz
backend-developer full-stack-developer devops-sre	Lacework
backend-developer full-stack-developer devops-sre	Checkov
backend-developer full-stack-developer devops-sre	tfsec
backend-developer full-stack-developer devops-sre	Terrascan
backend-developer full-stack-developer devops-sre	KICS
backend-developer full-stack-developer devops-sre	OPA	Open Policy Agent
backend-developer full-stack-developer devops-sre	Gatekeeper	OPA Gatekeeper
backend-developer full-stack-developer devops-sre	Kyverno
backend-developer full-stack-developer devops-sre	Conftest
backend-developer full-stack-developer devops-sre	Semgrep
backend-developer full-stack-developer devops-sre	CodeQL
backend-developer full-stack-developer devops-sre	!Bandit
backend-developer full-stack-developer devops-sre	Brakeman
backend-developer full-stack-developer devops-sre	Burp Suite
backend-developer full-stack-developer devops-sre	OWASP ZAP	!ZAP
backend-developer full-stack-developer devops-sre	Metasploit
backend-developer full-stack-developer devops-sre	Nmap
backend-developer full-stack-developer devops-sre	Nessus
backend-developer full-stack-developer devops-sre	Qualys
backend-developer full-stack-developer devops-sre	CrowdStrike
backend-developer full-stack-developer devops-sre	SentinelOne
backend-developer full-stack-developer devops-sre	Splunk SIEM
backend-developer full-stack-developer devops-sre	HashiCorp Sentinel
backend-developer full-stack-developer devops-sre	!Teleport
backend-developer full-stack-developer devops-sre	Tailscale
backend-developer full-stack-developer devops-sre	WireGuard
backend-developer full-stack-developer devops-sre	OpenVPN
backend-developer full-stack-developer devops-sre	Zscaler
backend-developer full-stack-developer devops-sre	1Password
backend-developer full-stack-developer devops-sre	Bitwarden
backend-developer full-stack-developer devops-sre	CyberArk
backend-developer full-stack-developer devops-sre	Duo Security
backend-developer full-stack-developer devops-sre	YubiKey
backend-developer full-stack-developer devops-sre	GNU Make
backend-developer full-stack-developer devops-sre	Maven	Apache Maven
backend-developer full-stack-developer devops-sre	Gradle Kotlin DSL
backend-developer full-stack-developer devops-sre	Apache Ant
backend-developer full-stack-developer devops-sre	sbt
backend-developer full-stack-developer devops-sre	Leiningen
backend-developer full-stack-developer devops-sre	!Cargo
backend-developer full-stack-developer devops-sre	pip
backend-developer full-stack-developer devops-sre	!Poetry
backend-developer full-stack-developer devops-sre	Pipenv
backend-developer full-stack-developer devops-sre	Conda	Anaconda	Miniconda
backend-developer full-stack-developer devops-sre	virtualenv	venv
backend-developer full-stack-developer devops-sre	setuptools
backend-developer full-stack-developer devops-sre	PyPI
backend-developer full-stack-developer devops-sre	!Rye
backend-developer full-stack-developer devops-sre	!Hatch
backend-developer full-stack-developer devops-sre	tox
backend-developer full-stack-developer devops-sre	nox
backend-developer full-stack-developer devops-sre	pre-commit
backend-developer full-stack-developer devops-sre	!Ruff
backend-developer full-stack-developer devops-sre	isort
backend-developer full-stack-developer devops-sre	Flake8
backend-developer full-stack-developer devops-sre	Pylint
backend-developer full-stack-developer devops-sre	mypy
backend-developer full-stack-developer devops-sre	Pyright
backend-developer full-stack-developer devops-sre	pyflakes
backend-developer full-stack-developer devops-sre	pytest	py.test
backend-developer full-stack-developer devops-sre	unittest
backend-developer full-stack-developer devops-sre	!Hypothesis
backend-developer full-stack-developer devops-sre	coverage.py
backend-developer full-stack-developer devops-sre	pnpm
backend-developer full-stack-developer devops-sre	Lerna
backend-developer full-stack-developer devops-sre	!Nx
backend-developer full-stack-developer devops-sre	Turborepo
backend-developer full-stack-developer devops-sre	!Rollup	Rollup.js
backend-developer full-stack-developer devops-sre	esbuild
backend-developer full-stack-developer devops-sre	!SWC
backend-developer full-stack-developer devops-sre	!Parcel
backend-developer full-stack-developer devops-sre	Snowpack
backend-developer full-stack-developer devops-sre	!Gulp
backend-developer full-stack-developer devops-sre	!Grunt
backend-developer full-stack-developer devops-sre	Bower
backend-developer full-stack-developer devops-sre	Prettier
backend-developer full-stack-developer devops-sre	Stylelint
backend-developer full-stack-developer devops-sre	!Husky
backend-developer full-stack-developer devops-sre	lint-staged
backend-developer full-stack-developer devops-sre	!Mocha
backend-developer full-stack-developer devops-sre	!Chai
backend-developer full-stack-developer devops-sre	!Jasmine
backend-developer full-stack-developer devops-sre	!Karma
backend-developer full-stack-developer devops-sre	Sinon	Sinon.js
backend-developer full-stack-developer devops-sre	Puppeteer
backend-developer full-stack-developer devops-sre	Selenium
backend-developer full-stack-developer devops-sre	WebdriverIO
backend-developer full-stack-developer devops-sre	Nightwatch	Nightwatch.js
backend-developer full-stack-developer devops-sre	TestCafe
backend-developer full-stack-developer devops-sre	!Enzyme
backend-developer full-stack-developer devops-sre	MSW	Mock Service Worker
backend-developer full-stack-developer devops-sre	Chromatic
backend-developer full-stack-developer devops-sre	!Percy
backend-developer full-stack-developer devops-sre	BackstopJS
backend-developer full-stack-developer devops-sre	Applitools
backend-developer full-stack-developer devops-sre	!Pact
backend-developer full-stack-developer devops-sre	Testcontainers
backend-developer full-stack-developer devops-sre	WireMock
backend-developer full-stack-developer devops-sre	Postman
backend-developer full-stack-developer devops-sre	!Insomnia
backend-developer full-stack-developer devops-sre	SoapUI
backend-developer full-stack-developer devops-sre	REST Assured	RestAssured
backend-developer full-stack-developer devops-sre	!Karate
backend-developer full-stack-developer devops-sre	!Cucumber
backend-developer full-stack-developer devops-sre	Gherkin
backend-developer full-stack-developer devops-sre	SpecFlow
backend-developer full-stack-developer devops-sre	!Behave
backend-developer full-stack-developer devops-sre	Robot Framework
backend-developer full-stack-developer devops-sre	TestNG
backend-developer full-stack-developer devops-sre	!Spock
backend-developer full-stack-developer devops-sre	AssertJ
backend-developer full-stack-developer devops-sre	Hamcrest
backend-developer full-stack-developer devops-sre	JaCoCo
backend-developer full-stack-developer devops-sre	!Istanbul	nyc
backend-developer full-stack-developer devops-sre	Codecov
backend-developer full-stack-developer devops-sre	Coveralls
backend-developer full-stack-developer devops-sre	Valgrind
backend-developer full-stack-developer devops-sre	AddressSanitizer	ASan
backend-developer full-stack-developer devops-sre	gdb
backend-developer full-stack-developer devops-sre	LLDB
backend-developer full-stack-developer devops-sre	GCC
backend-developer full-stack-developer devops-sre	Clang
backend-developer full-stack-developer devops-sre	LLVM
backend-developer full-stack-developer devops-sre	MSVC
backend-developer full-stack-developer devops-sre	Visual Studio
backend-developer full-stack-developer devops-sre	Visual Studio Code	VS Code	VSCode
backend-developer full-stack-developer devops-sre	IntelliJ IDEA	IntelliJ
backend-developer full-stack-developer devops-sre	PyCharm
backend-developer full-stack-developer devops-sre	WebStorm
backend-developer full-stack-developer devops-sre	!Eclipse
backend-developer full-stack-developer devops-sre	NetBeans
backend-developer full-stack-developer devops-sre	!Vim	Neovim
backend-developer full-stack-developer devops-sre	Emacs
backend-developer full-stack-developer devops-sre	JetBrains
backend-developer full-stack-developer devops-sre	Swagger	Swagger UI
backend-developer full-stack-developer devops-sre	OpenAPI	OpenAPI Specification	!OAS
backend-developer full-stack-developer devops-sre	AsyncAPI
backend-developer full-stack-developer devops-sre	Postman Collections
backend-developer full-stack-developer devops-sre	Redoc
backend-developer full-stack-developer devops-sre	Stoplight
backend-developer full-stack-developer devops-sre	GraphiQL
backend-developer full-stack-developer devops-sre	Apollo Federation	GraphQL Federation
backend-developer full-stack-developer devops-sre	Hasura
backend-developer full-stack-developer devops-sre	PostGraphile
backend-developer full-stack-developer devops-sre	GraphQL Yoga
backend-developer full-stack-developer devops-sre	!Relay
backend-developer full-stack-developer devops-sre	urql
backend-developer full-stack-developer devops-sre	Socket.IO	SocketIO
backend-developer full-stack-developer devops-sre	MQTT
backend-developer full-stack-developer devops-sre	AMQP
backend-developer full-stack-developer devops-sre	STOMP
backend-developer full-stack-developer devops-sre	ZeroMQ	ZMQ	0MQ
backend-developer full-stack-developer devops-sre	!NATS
backend-developer full-stack-developer devops-sre	Amazon Kinesis Client
backend-developer full-stack-developer devops-sre	Celery Beat
backend-developer full-stack-developer devops-sre	cron	crontab	cron jobs
backend-developer full-stack-developer devops-sre	systemd
backend-developer full-stack-developer devops-sre	supervisord
backend-developer full-stack-developer devops-sre	PM2
backend-developer full-stack-developer devops-sre	nvm
backend-developer full-stack-developer devops-sre	Homebrew
data-engineer	!Excel	Microsoft Excel
data-engineer	Google Sheets
data-engineer	Tableau Prep
data-engineer	Power Query
data-engineer	DAX
data-engineer	SSRS	SQL Server Reporting Services
data-engineer	SSAS	SQL Server Analysis Services
data-engineer	Qlik	QlikView	Qlik Sense
data-engineer	MicroStrategy
data-engineer	Sisense
data-engineer	Metabase
data-engineer	Redash
data-engineer	Mode Analytics
data-engineer	Sigma Computing
data-engineer	ThoughtSpot
data-engineer	Domo
data-engineer	Alteryx
data-engineer	KNIME
data-engineer	RapidMiner
data-engineer	DataRobot
data-engineer	H2O.ai
data-engineer	Weights & Biases	W&B	wandb
data-engineer	Comet ML
data-engineer	Neptune.ai
data-engineer	DVC	Data Version Control
data-engineer	LakeFS
data-engineer	Pachyderm
data-engineer	Kedro
data-engineer	Metaflow
data-engineer	ZenML
data-engineer	BentoML
data-engineer	Seldon	Seldon Core
data-engineer	KServe
data-engineer	TorchServe
data-engineer	TensorFlow Serving
data-engineer	Ray Serve
data-engineer	Airbyte Cloud
data-engineer	Segment CDP
data-engineer	RudderStack
data-engineer	Snowplow
data-engineer	Hightouch
data-engineer	Reverse ETL
data-engineer	Snowpipe
data-engineer	Snowpark
data-engineer	Databricks SQL
data-engineer	Unity Catalog Lineage
data-engineer	Iceberg tables
data-engineer	Glue Crawler	AWS Glue Crawler
data-engineer	EMR Serverless
data-engineer	Redshift Serverless
data-engineer	BigQuery Omni
data-engineer	Starburst
data-engineer	Dremio
data-engineer	Presto SQL
data-engineer	Hive Metastore
data-engineer	Data Mesh
data-engineer	Trino SQL
backend-developer full-stack-developer devops-sre	Microsoft Windows	!Windows	Windows 10	Windows 11
backend-developer full-stack-developer devops-sre	Microsoft IIS	!IIS	Internet Information Services
backend-developer full-stack-developer devops-sre	Microsoft Exchange	Exchange Server
backend-developer full-stack-developer devops-sre	Microsoft SharePoint	SharePoint
backend-developer full-stack-developer devops-sre	Microsoft Team Foundation Server	Team Foundation Server	!TFS
backend-developer full-stack-developer devops-sre	Visual SourceSafe
backend-developer full-stack-developer devops-sre	Microsoft Office	MS Office	Microsoft 365	Office 365
backend-developer full-stack-developer devops-sre	Microsoft Visio	Visio
backend-developer full-stack-developer devops-sre	Microsoft Project	MS Project
backend-developer full-stack-developer devops-sre	Microsoft Access database
backend-developer full-stack-developer devops-sre	Ubuntu
backend-developer full-stack-developer devops-sre	Debian
backend-developer full-stack-developer devops-sre	Red Hat Enterprise Linux	RHEL	Red Hat Linux
backend-developer full-stack-developer devops-sre	CentOS
backend-developer full-stack-developer devops-sre	Fedora
backend-developer full-stack-developer devops-sre	Rocky Linux
backend-developer full-stack-developer devops-sre	Alpine Linux
backend-developer full-stack-developer devops-sre	SUSE Linux	SLES
backend-developer full-stack-developer devops-sre	IBM AIX	!AIX
backend-developer full-stack-developer devops-sre	HP-UX
backend-developer full-stack-developer devops-sre	Solaris	Oracle Solaris
backend-developer full-stack-developer devops-sre	FreeBSD
backend-developer full-stack-developer devops-sre	z/OS	IBM z/OS
backend-developer full-stack-developer devops-sre	CICS
backend-developer full-stack-developer devops-sre	Mainframe	IBM mainframe
backend-developer full-stack-developer devops-sre	VxWorks	Wind River VxWorks
backend-developer full-stack-developer devops-sre	QNX
backend-developer full-stack-developer devops-sre	Embedded Linux	Yocto	Yocto Project
backend-developer full-stack-developer devops-sre	ServiceNow
backend-developer full-stack-developer devops-sre	Remedy	BMC Remedy
backend-developer full-stack-developer devops-sre	Bugzilla
backend-developer full-stack-developer devops-sre	Redmine
backend-developer full-stack-developer devops-sre	MantisBT	Mantis Bug Tracker
backend-developer full-stack-developer devops-sre	Smartsheet
backend-developer full-stack-developer devops-sre	Wrike
backend-developer full-stack-developer devops-sre	Basecamp
backend-developer full-stack-developer devops-sre	Axure RP	Axure
backend-developer full-stack-developer devops-sre	Sitecore
backend-developer full-stack-developer devops-sre	Adobe Experience Manager	!AEM
backend-developer full-stack-developer devops-sre	Adobe Photoshop	Photoshop
backend-developer full-stack-developer devops-sre	Adobe Illustrator
backend-developer full-stack-developer devops-sre	Adobe After Effects	After Effects
backend-developer full-stack-developer devops-sre	Adobe Creative Cloud
backend-developer full-stack-developer devops-sre	Adobe Acrobat
backend-developer full-stack-developer devops-sre	LoadRunner	HP LoadRunner	Micro Focus LoadRunner
backend-developer full-stack-developer devops-sre	TestComplete
backend-developer full-stack-developer devops-sre	Watir
backend-developer full-stack-developer devops-sre	FitNesse
backend-developer full-stack-developer devops-sre	CruiseControl
backend-developer full-stack-developer devops-sre	Micro Focus UFT	QuickTest Professional	HP QTP	!QTP	UFT One
backend-developer full-stack-developer devops-sre	HP ALM	Quality Center
backend-developer full-stack-developer devops-sre	SilkTest
backend-developer full-stack-developer devops-sre	Ranorex
backend-developer full-stack-developer devops-sre	Katalon
backend-developer full-stack-developer devops-sre	SoapUI Pro	ReadyAPI
backend-developer full-stack-developer devops-sre	Snort
backend-developer full-stack-developer devops-sre	iptables
backend-developer full-stack-developer devops-sre	nftables
backend-developer full-stack-developer devops-sre	Ghidra
backend-developer full-stack-developer devops-sre	IDA Pro
backend-developer full-stack-developer devops-sre	Acunetix
backend-developer full-stack-developer devops-sre	Nexpose	Rapid7	InsightVM
backend-developer full-stack-developer devops-sre	Kali Linux	!Kali
backend-developer full-stack-developer devops-sre	John the Ripper
backend-developer full-stack-developer devops-sre	Hashcat
backend-developer full-stack-developer devops-sre	ArcSight
backend-developer full-stack-developer devops-sre	LogRhythm
backend-developer full-stack-developer devops-sre	QRadar	IBM QRadar
backend-developer full-stack-developer devops-sre	SolarWinds
backend-developer full-stack-developer devops-sre	PRTG
backend-developer full-stack-developer devops-sre	Cisco IOS
backend-developer full-stack-developer devops-sre	Juniper Junos	Junos
backend-developer full-stack-developer devops-sre	F5 BIG-IP	!F5	BIG-IP
backend-developer full-stack-developer devops-sre	Palo Alto Networks	Palo Alto firewalls
backend-developer full-stack-developer devops-sre	Fortinet	FortiGate
backend-developer full-stack-developer devops-sre	pfSense
backend-developer full-stack-developer devops-sre	BIND
backend-developer full-stack-developer devops-sre	DHCP
backend-developer full-stack-developer devops-sre	SNMP
backend-developer full-stack-developer devops-sre	SMTP
backend-developer full-stack-developer devops-sre	Session Initiation Protocol	!SIP
backend-developer full-stack-developer devops-sre	MPLS
backend-developer full-stack-developer devops-sre	EIGRP
backend-developer full-stack-developer devops-sre	VoIP
backend-developer full-stack-developer devops-sre	LDAP directory	OpenLDAP
backend-developer full-stack-developer devops-sre	FreeIPA
backend-developer full-stack-developer devops-sre	Samba
backend-developer full-stack-developer devops-sre	PuTTY
backend-developer full-stack-developer devops-sre	Minitab
backend-developer full-stack-developer devops-sre	MATLAB Simulink	Simulink
backend-developer full-stack-developer devops-sre	LabVIEW	NI LabVIEW
backend-developer full-stack-developer devops-sre	SCADA
backend-developer full-stack-developer devops-sre	PLC programming	!PLC
backend-developer full-stack-developer devops-sre	ArcGIS	Esri ArcGIS	ArcMap	ArcGIS Pro
backend-developer full-stack-developer devops-sre	ArcPy
backend-developer full-stack-developer devops-sre	QGIS
backend-developer full-stack-developer devops-sre	Google Earth Engine
backend-developer full-stack-developer devops-sre	GDAL
backend-developer full-stack-developer devops-sre	AutoCAD	Autodesk AutoCAD
backend-developer full-stack-developer devops-sre	Kubernetes Operators	Kubernetes Operator	Kubernetes operator pattern	operator pattern
backend-developer full-stack-developer devops-sre	custom resource definitions	CRDs	!CRD	custom resources'),
  ('practice',
'	=styled-components
	=state management
	=jQuery
	=accessibility
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=WCAG	WCAG 2.1	WCAG 2.2
	=responsive design
	=progressive web app
	=server-side rendering
	=lazy loading
	=design system
	=cross-browser compatibility
	=internationalization
	=single-page application
	=micro-frontends
	=web components
	=database design
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=data modeling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=data lake
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=data warehouse
	=dimensional modeling
	=star schema
	=data quality
	=data governance
	=data lineage
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=data pipeline	ETL pipelines	ELT pipelines	data pipeline development
	=batch processing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=stream processing	event streaming	streaming platform	streaming data	data streaming	real-time streaming	real-time data streaming
	=change data capture
	=gRPC
	=microservices
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=event-driven	event-driven architecture	event-oriented	event-oriented architecture
	=distributed systems
	=authentication
	=serverless
	=infrastructure as code
	=service mesh
	=release engineering
	=blue-green deployment
	=canary release
	=feature flags
	=networking
	=observability
	=monitoring
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=on-call	on-call rotation
	=alerting
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=distributed tracing	tracing	traces	request tracing	trace instrumentation
	=logging
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=error budget
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=incident response	incident command
	=postmortem
	=capacity planning
	=chaos engineering
	=disaster recovery
	=high availability
	=load balancing
	=autoscaling
	=test-driven development
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=code review	peer review
	=system design
	=performance optimization
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=unit testing	unit-testable
	=offline-first
	=push notifications
	=deep linking
	=in-app purchases
	=dependency injection
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	integration testing	integration test
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	end-to-end testing	end-to-end test	E2E testing	E2E test	!E2E
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	contract testing	contract test	consumer-driven contract testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	load testing	load test
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	performance testing	performance test
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	stress testing	stress test
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	smoke testing	smoke test
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	regression testing	regression test
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	acceptance testing	acceptance tests	user acceptance testing	UAT
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	functional testing	functional tests
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	snapshot testing	snapshot tests
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	property-based testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	mutation testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	fuzz testing	fuzzing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	security testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	penetration testing	pen testing	pentesting	penetration tests
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	API testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	manual testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	exploratory testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	test automation	automated testing	automated tests	test automation frameworks
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	visual regression testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	mocking
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	test coverage	code coverage
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	behavior-driven development	BDD	behaviour-driven development
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	test pyramid
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	QA	quality assurance
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	caching	caching strategies	caching layer	cache invalidation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	query optimization	query optimisation	SQL optimization	query tuning	SQL tuning	SQL performance tuning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	database indexing	database indexes	indexing strategies	index tuning	indexes	indices
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	database migrations	schema migrations	data migrations	database migration
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	database replication	sharding	database sharding
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data partitioning	table partitioning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	connection pooling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ACID transactions	!ACID
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	stored procedures	stored procedure
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	database administration	DBA
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	backup and restore	backups and restores	backup and recovery	backups	backup/restore
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	point-in-time recovery
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data retention
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data archiving
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	database tuning	database performance tuning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	normalization	database normalization	data normalization
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	denormalization
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	benchmarking	benchmarks
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	profiling	performance profiling	profilers	profiler
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	memory management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	garbage collection
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	concurrency	concurrent programming
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	multithreading	multi-threading	threading
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	parallel programming	parallel computing	parallelism
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	asynchronous programming	async programming	async/await programming
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	reactive programming
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	functional reactive programming	FRP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	functional programming
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	object-oriented programming	OOP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	object-oriented design	OOD
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	design patterns	software design patterns
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	!SOLID	SOLID principles
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	refactoring
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	pair programming
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	mob programming
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	technical debt	tech debt
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	domain-driven design	DDD
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	event sourcing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	CQRS
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	hexagonal architecture	ports and adapters
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	layered architecture
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	monolith	monolithic architecture	modular monolith
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	service-oriented architecture	SOA
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	serverless architecture
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	API security
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	API versioning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	rate limiting	rate limiter
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	idempotency
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	pagination
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	webhooks	webhook
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	long polling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	server-sent events	SSE
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	HTTP/2
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	HTTP/3	QUIC
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	HTTP	HTTPS
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	TLS	SSL/TLS	mTLS	mutual TLS
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SSL
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SSH
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	OpenID Connect	OIDC
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SAML
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	single sign-on	SSO
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	LDAP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Kerberos
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	multi-factor authentication	MFA	2FA	two-factor authentication
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	passwordless authentication	passkeys	WebAuthn
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	session management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ABAC	attribute-based access control
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	least privilege	principle of least privilege
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	zero trust
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	encryption	encryption at rest	encryption in transit	data encryption
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	hashing	password hashing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	cryptography
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	PKI	public key infrastructure
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	secrets management	secret management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	key management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	vulnerability management	vulnerability scanning	vulnerability assessment
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	threat modeling	threat modelling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	secure coding	secure coding practices
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	OWASP	OWASP Top 10	OWASP Top Ten
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	XSS	cross-site scripting
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	CSRF	cross-site request forgery
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SQL injection
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	CORS	cross-origin resource sharing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Content Security Policy	CSP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	DevSecOps
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SAST	static application security testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	DAST	dynamic application security testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SCA	software composition analysis
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SBOM	software bill of materials
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	supply chain security	software supply chain security
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	container security	container scanning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	cloud security
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	network security
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	identity and access management	IAM policies
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	audit logging	audit logs	audit trails	audit trail
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	intrusion detection	IDS
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SIEM
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SOC	security operations
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	incident handling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	DDoS protection	DDoS mitigation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	firewalls	firewall
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	WAF rules
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	policy as code
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	compliance as code
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	security audits	security audit
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	GDPR	General Data Protection Regulation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	CCPA	California Consumer Privacy Act
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	HIPAA
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SOC 2	SOC2	SOC 2 Type II	SOC 2 Type 2
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ISO 27001	ISO/IEC 27001	ISO27001
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	PCI DSS	PCI compliance	PCI
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	FedRAMP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	NIST	NIST 800-53	NIST Cybersecurity Framework
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	CIS Benchmarks	CIS benchmark
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SOX	Sarbanes-Oxley
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	FERPA
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	COPPA
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	GxP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	FISMA
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ITAR
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	HITRUST
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	DORA regulation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data privacy	privacy by design
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	personally identifiable information
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data protection
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data masking	data anonymization	pseudonymization
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Section 508
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ADA compliance
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ARIA	WAI-ARIA
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	screen readers	screen reader
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	semantic HTML
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	keyboard navigation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Scrum
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Kanban
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	!Lean	Lean software development
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SAFe	Scaled Agile Framework
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	XP	Extreme Programming
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	sprint planning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	retrospectives	retros	sprint retrospectives
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	stand-ups	daily standups	standups
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	story points
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	backlog grooming	backlog refinement
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	user stories	user story
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	OKRs	OKR
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	roadmapping	roadmap planning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	technical writing	technical documentation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	architecture decision records	ADRs	ADR
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	RFCs	design docs	design documents
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	code ownership
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	trunk-based development
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	GitFlow	Git Flow
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	feature branches	feature branching
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	semantic versioning	SemVer
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	release management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	version control	source control	VCS
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	monorepo
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	polyrepo
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	continuous testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	shift-left testing	shift left
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	dark launches
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	progressive delivery
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	rolling deployment	rolling updates
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	zero-downtime deployment
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	immutable infrastructure
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	configuration management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	infrastructure automation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	GitOps workflows
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	platform engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	developer experience	DevEx	DX
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	internal developer platform	IDP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	self-service infrastructure
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	FinOps	cloud cost optimization	cost optimization
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	capacity management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	toil reduction	toil
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	runbooks	runbook	playbooks
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	blameless postmortems	blameless post-mortems
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	root cause analysis	RCA
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	MTTR	mean time to recovery
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	DORA metrics
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SLA	SLAs	service level agreement
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	golden signals
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	service level management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	business continuity
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	failover
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	fault tolerance	fault-tolerant
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	resilience engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	circuit breakers	circuit breaker
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	retries	retry logic	exponential backoff
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	backpressure
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	graceful degradation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	multi-region	multi-region deployments
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	active-active
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	geo-replication
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	horizontal scaling	horizontally scalable	scale horizontally
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	vertical scaling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	performance engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	latency optimization
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	throughput optimization
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	containerization	containerize	containerized	containerised	containerizing	containerising	containerisation	containerised applications
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	container orchestration	container orchestrator
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	virtualization	virtualisation	virtualized	virtualised	virtual machines
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Linux administration	Linux systems administration	sysadmin	system administration
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Unix
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Windows Server
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Active Directory
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	networking fundamentals
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	TCP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	UDP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	BGP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	OSPF
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	VLAN
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	subnetting	subnets
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	VPN	VPNs
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	proxies	reverse proxy	reverse proxies
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	CDN	CDNs	content delivery network
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	edge computing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	HTTP caching
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	kernel tuning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Linux kernel
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	file systems	filesystems
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	storage systems
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	RAID
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SAN
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	NAS
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	hardware provisioning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	bare metal
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data center	data centre	datacenter
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	hybrid cloud
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	multi-cloud	multicloud
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	cloud migration
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	lift and shift
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	cloud architecture
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	landing zones	landing zone
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	cost allocation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	tagging strategy
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	serverless computing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	pub/sub messaging	publish/subscribe	publish-subscribe
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	message-driven architecture
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	complex event processing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	real-time analytics	real-time data
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	batch jobs
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	metrics collection
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	log aggregation	centralized logging	centralised logging
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	APM	application performance monitoring
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	synthetic monitoring
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	real user monitoring	RUM
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data ingestion	ingestion pipelines	ingestion workflows	data ingest
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data transformation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data integration
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data orchestration	workflow orchestration	pipeline orchestration
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data validation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data contracts	data contract
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data catalog	data cataloging
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	metadata management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	master data management	MDM
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	schema registry	schema registries	Confluent Schema Registry
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	schema evolution
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	slowly changing dimensions	SCD	SCD Type 2
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Kimball	Kimball methodology
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Inmon
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data vault modeling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	medallion architecture	bronze/silver/gold
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	semantic layer	metrics layer
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	feature engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	feature store
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data labeling	data annotation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data observability
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data freshness
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data profiling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data cleansing	data cleaning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data wrangling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	exploratory data analysis	EDA
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	statistical analysis
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	hypothesis testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	experimentation	experimentation platforms
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	A/B experimentation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	causal inference
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	time series analysis	time-series forecasting	forecasting
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	regression analysis
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	predictive modeling	predictive modelling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	recommendation systems	recommender systems	recommendation engines
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	natural language processing	NLP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	computer vision
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	deep learning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	neural networks	neural network
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	reinforcement learning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	large language models	LLM	LLMs
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	generative AI	GenAI	gen AI
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	prompt engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	retrieval-augmented generation	RAG
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	fine-tuning	model fine-tuning
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	embeddings	vector embeddings
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	model deployment	model serving
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	model monitoring
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ML pipelines	machine learning pipelines
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	MLOps	ML Ops
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	LLMOps
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	AI agents	agentic AI
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	transformers	transformer models
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	GPU programming	GPU computing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	distributed computing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	high-performance computing	HPC
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	big data
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data visualization	data visualisation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	business intelligence	BI
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	dashboards for analytics
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SQL analytics
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	window functions
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	CTEs	common table expressions
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	query plans	EXPLAIN ANALYZE	execution plans
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	OLAP cubes
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	responsive web design practices
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	mobile-first	mobile-first design
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	progressive enhancement
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	web performance	web performance optimization	frontend performance
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	bundle optimization	bundle size	code splitting	tree shaking
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	browser APIs
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	DOM manipulation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	event loop
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	cross-platform development	cross-platform
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	native development	native apps
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	hybrid apps	hybrid app development
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	UI/UX design	UI/UX	UX/UI	UX/UI design	user interface design	UX design	UI design
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	interaction design
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	wireframing	wireframes
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	prototyping
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	design tokens
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	component libraries	component library	UI component library
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	pixel-perfect
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	theming	dark mode
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	localization	l10n	localisation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	right-to-left	RTL
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SEO optimization	technical SEO
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	structured data
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Open Graph
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	analytics instrumentation	event tracking	product analytics
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	app performance	app startup time	cold start
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	crash reporting
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	offline support	offline mode	offline sync
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	background processing	background tasks
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	location services	geolocation	geofencing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	biometric authentication	Face ID	Touch ID	biometrics
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	app signing	code signing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	app distribution	over-the-air updates	OTA updates
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	App Store Connect
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Google Play Console
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	app store optimization	ASO
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	accessibility testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	usability testing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	user research
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	design thinking
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	CRDT	conflict-free replicated data types
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	operational transformation	OT	operational transforms
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	real-time collaboration	multiplayer editing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Yjs	Y.js
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Automerge
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Loro
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	immutability
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	type safety	static typing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	metaprogramming
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	memory safety
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	WebSocket APIs
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	algorithms	algorithm design
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data structures
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	complexity analysis	Big O	time complexity
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	system architecture	software architecture
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	solution architecture
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	enterprise architecture
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	architecture reviews	design reviews
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	requirements gathering	requirements analysis
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	agile methodologies	agile methodology	agile development	agile practices
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	waterfall
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ITIL
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ITSM	IT service management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	inner source	InnerSource
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	API documentation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	developer tooling	developer tools	internal tooling
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	build systems
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	release automation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	package management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	dependency management
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	configuration as code
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	job scheduling	job schedulers
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	workflow engines	workflow automation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	business process automation	BPM
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	RPA	robotic process automation
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	low-code	no-code
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	ERP
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	CRM
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	e-commerce	ecommerce
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	payment processing	payment integration
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	billing systems
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	blockchain
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	smart contracts
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Web3
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	IoT	Internet of Things
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	embedded systems	embedded software	firmware
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	RTOS
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	real-time systems
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	robotics	ROS	Robot Operating System
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	AR/VR	augmented reality	virtual reality	XR
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	game development	game engines
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	!Unity	Unity3D
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	Unreal Engine
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	computer graphics
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	audio processing	DSP	digital signal processing
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	video streaming	video processing	HLS	DASH streaming
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	WebAssembly modules
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	compilers	compiler design
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	interpreters
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	operating systems	OS internals
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	kernel development
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	device drivers
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	networking protocols
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	peer-to-peer	P2P
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	search relevance	search ranking	information retrieval
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	geospatial	GIS	geospatial data
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	mapping services'),
  ('discipline',
'backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=message queue	queues	messaging queue
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=API design	designing APIs	design APIs
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=Docker	Dockerized	Dockerised	Dockerize	Dockerizing	Dockerise
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=CI/CD	!CI	CI pipelines
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=cloud-native	cloud-native development
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=iOS	iOS development	iOS engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	=Android	Android development	Android engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	DevOps	Dev Ops
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	SRE	SREs	site reliability engineering	site reliability
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data engineering	data engineer
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	machine learning	ML
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	artificial intelligence	data science	data scientist
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	MLOps engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	platform engineering discipline
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	cloud engineering	cloud engineer
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	infrastructure engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	security engineering	information security	InfoSec	cybersecurity	cyber security
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	quality engineering	QA engineering	software testing	test engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	data analysis	data analytics
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	analytics engineering	analytics engineer
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	business analysis
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	database engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	network engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	release engineering practices
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	build engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	UX engineering
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	developer relations	DevRel
backend-developer frontend-developer full-stack-developer data-engineer devops-sre mobile-developer	embedded engineering'),
  ('quality',
'	=database
	=cloud
	=reliability
	=security
	performance
	scalable
	maintainability
	availability
	uptime
	resilience');
